#include "RevisionStyleProxy.h"

#include "models/ObservationTableModel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace mixshift {

QVariant RevisionStyleProxy::data(const QModelIndex& index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    if (!QIdentityProxyModel::data(index, ObservationTableModel::IsRevisionRole).toBool())
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::ForegroundRole)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    QFont font = QApplication::font();
    font.setItalic(true);
    return font;
}

} // namespace mixshift
