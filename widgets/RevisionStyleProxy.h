#pragma once

#include <QIdentityProxyModel>

namespace mixshift {

/// Shows revision rows of an ObservationTableModel (values superseded by a later source) in grey italics,
/// so the current value of each period stands out.
class RevisionStyleProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace mixshift
