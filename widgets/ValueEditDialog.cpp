#include "ValueEditDialog.h"

#include "Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mixshift {

ValueEditDialog::ValueEditDialog(const ObservationRow* row, const QStringList& sources, QWidget* parent)
    : QDialog(parent),
      m_statedUnit(row ? row->unit : QString()),
      m_period(new QLineEdit(row ? row->periodLabel : QString())),
      m_text(new QLineEdit(row ? row->originalText : QString())),
      m_source(new QComboBox),
      m_note(new QLineEdit),
      m_problem(new QLabel)
{
    setWindowTitle(row ? tr("Correct Value") : tr("Enter Value"));
    setObjectName(QStringLiteral("valueEditDialog"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(tr("FY2024 Q2, 2024Q1, 2024"));
    m_text->setObjectName(QStringLiteral("value"));
    m_text->setPlaceholderText(m_statedUnit.isEmpty() ? tr("276.48 億元, 8.4 bn USD, 12%")
                                                      : tr("a number in %1, or with its own unit").arg(m_statedUnit));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->addItems(sources);
    // A correction usually comes from somewhere new: the field starts empty, the known sources a click away.
    m_source->setCurrentIndex(-1);
    m_source->lineEdit()->setPlaceholderText(tr("where the figure comes from (a report, a call, a URL)"));
    m_note->setObjectName(QStringLiteral("note"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
}

ValueEditDialog::ValueEditDialog(const SeriesSummary& series, const ObservationRow* row, const QStringList& sources,
                                 QWidget* parent)
    : ValueEditDialog(row, sources, parent)
{
    m_series = series;
    layOut(new QLabel(series.title()));
    (row ? m_text : m_period)->setFocus();
}

ValueEditDialog::ValueEditDialog(const QVector<ProviderRecord>& providers, const QVector<MetricRecord>& metrics,
                                 const QVector<MarketRecord>& markets, const QStringList& sources, QWidget* parent)
    : ValueEditDialog(nullptr, sources, parent)
{
    setWindowTitle(tr("New Series"));
    m_providers = providers;
    m_metrics = metrics;
    m_markets = markets;
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("provider"));
    for (const ProviderRecord& provider : providers)
        m_provider->addItem(provider.nameZh.isEmpty() ? provider.name : QStringLiteral("%1 %2").arg(provider.name, provider.nameZh));
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("metric"));
    for (const MetricRecord& metric : metrics)
        m_metric->addItem(metric.nameZh.isEmpty() ? metric.name : QStringLiteral("%1 %2").arg(metric.name, metric.nameZh));
    m_market = new QComboBox;
    m_market->setObjectName(QStringLiteral("market"));
    m_market->addItem(tr("none (the provider's own figure)"));
    for (const MarketRecord& market : markets)
        m_market->addItem(market.name);
    m_category = new QLineEdit;
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setPlaceholderText(tr("optional: a segment or product, e.g. Intelligent Cloud"));
    auto* choice = new QWidget;
    auto* form = new QFormLayout(choice);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("M&arket:"), m_market);
    form->addRow(tr("&Category:"), m_category);
    layOut(choice);
    m_provider->setFocus();
}

void ValueEditDialog::layOut(QWidget* series)
{
    auto* form = new QFormLayout;
    form->addRow(tr("Series:"), series);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Value as stated:"), m_text);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ValueEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

SeriesSummary ValueEditDialog::series() const
{
    if (!m_provider)
        return m_series;
    SeriesSummary chosen;
    if (const int p = m_provider->currentIndex(); p >= 0 && p < m_providers.size()) {
        const ProviderRecord& provider = m_providers.at(p);
        chosen.provider = provider.name;
        chosen.providerZh = provider.nameZh;
        chosen.providerKind = provider.kind;
        chosen.fiscalYearEndMonth = provider.fiscalYearEndMonth;
    }
    if (const int m = m_metric->currentIndex(); m >= 0 && m < m_metrics.size()) {
        const MetricRecord& metric = m_metrics.at(m);
        chosen.metricKey = metric.key;
        chosen.metricName = metric.name;
        chosen.metricNameZh = metric.nameZh;
        chosen.metricKind = metric.kind;
        chosen.aggregation = metric.aggregation;
        chosen.perShare = metric.perShare;
    }
    if (const int k = m_market->currentIndex() - 1; k >= 0 && k < m_markets.size()) {
        chosen.market = m_markets.at(k).name;
        chosen.marketKey = m_markets.at(k).key;
    }
    chosen.category = m_category->text().trimmed();
    return chosen;
}

QString ValueEditDialog::changeText() const
{
    return tr("Enter %1 %2").arg(series().title(), m_period->text().trimmed());
}

void ValueEditDialog::accept()
{
    if (m_provider && (m_provider->currentIndex() < 0 || m_metric->currentIndex() < 0)) {
        m_problem->setText(tr("Choose the series' provider and metric."));
        return;
    }
    try {
        const SeriesSummary entered = series();
        m_value = HandValue::typed(entered, m_period->text(), m_text->text(), m_statedUnit, m_source->currentText(),
                                   m_note->text());
        if (m_provider) {
            m_value.series.providerId = m_providers.at(m_provider->currentIndex()).id;
            m_value.series.metricId = m_metrics.at(m_metric->currentIndex()).id;
            if (const int k = m_market->currentIndex() - 1; k >= 0)
                m_value.series.marketId = m_markets.at(k).id;
        }
    } catch (const Error& e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace mixshift
