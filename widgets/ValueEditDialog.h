#pragma once

#include "edit/ValueEdit.h"
#include "store/Catalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mixshift {

/// Enter or correct one value of a series by hand: the period, the value as stated ("276.48 億元"), its
/// source — one the project knows or a new one typed in — and a note. Read as the importer reads a cell; what
/// cannot be read is said under the fields and the dialog stays open. Started without a series, it starts one:
/// its provider, metric, market and category are chosen above, and the value is its first.
class ValueEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// `row`: the value being corrected (its period, text and unit fill the fields); null for a new period.
    ValueEditDialog(const SeriesSummary& series, const ObservationRow* row, const QStringList& sources,
                    QWidget* parent = nullptr);
    /// A new series of one of the catalog's providers and metrics, in one of its markets or none.
    ValueEditDialog(const QVector<ProviderRecord>& providers, const QVector<MetricRecord>& metrics,
                    const QVector<MarketRecord>& markets, const QStringList& sources, QWidget* parent = nullptr);

    /// What was entered, once accepted.
    const HandValue& value() const { return m_value; }
    /// For the undo history: "Enter Alibaba Cloud — Revenue FY2024 Q2".
    QString changeText() const;

    void accept() override;

private:
    ValueEditDialog(const ObservationRow* row, const QStringList& sources, QWidget* parent);
    void layOut(QWidget* series);
    /// The series the dialog enters a value of: the one given, or the one chosen.
    SeriesSummary series() const;

    SeriesSummary m_series;
    QVector<ProviderRecord> m_providers;
    QVector<MetricRecord> m_metrics;
    QVector<MarketRecord> m_markets;
    QComboBox* m_provider = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_market = nullptr;
    QLineEdit* m_category = nullptr;
    QString m_statedUnit;
    QLineEdit* m_period;
    QLineEdit* m_text;
    QComboBox* m_source;
    QLineEdit* m_note;
    QLabel* m_problem;
    HandValue m_value;
};

} // namespace mixshift
