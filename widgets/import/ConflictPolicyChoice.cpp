#include "ConflictPolicyChoice.h"

#include <QComboBox>
#include <QCoreApplication>

namespace mixshift {

void addConflictPolicies(QComboBox* box)
{
    box->addItem(QCoreApplication::translate("ConflictPolicyChoice", "keep the old value as a revision, store the new one"),
                 static_cast<int>(ConflictPolicy::Revision));
    box->addItem(QCoreApplication::translate("ConflictPolicyChoice", "keep the stored value, skip the new one"), static_cast<int>(ConflictPolicy::Skip));
    box->addItem(QCoreApplication::translate("ConflictPolicyChoice", "overwrite the stored value"), static_cast<int>(ConflictPolicy::Overwrite));
}

void showConflictPolicy(QComboBox* box, ConflictPolicy policy)
{
    box->setCurrentIndex(box->findData(static_cast<int>(policy)));
}

ConflictPolicy shownConflictPolicy(const QComboBox* box)
{
    return static_cast<ConflictPolicy>(box->currentData().toInt());
}

} // namespace mixshift
