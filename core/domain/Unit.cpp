#include "Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <algorithm>
#include <atomic>

namespace mixshift {

namespace {

const QHash<QString, double>& scaleWords()
{
    static const QHash<QString, double> words{
        {QStringLiteral("億"), 1e8},        {QStringLiteral("亿"), 1e8},       {QStringLiteral("萬"), 1e4},
        {QStringLiteral("万"), 1e4},        {QStringLiteral("千"), 1e3},       {QStringLiteral("百"), 1e2},
        {QStringLiteral("hundred"), 1e2},   {QStringLiteral("thousand"), 1e3}, {QStringLiteral("k"), 1e3},
        {QStringLiteral("million"), 1e6},   {QStringLiteral("mn"), 1e6},       {QStringLiteral("m"), 1e6},
        {QStringLiteral("mio"), 1e6},       {QStringLiteral("billion"), 1e9},  {QStringLiteral("bn"), 1e9},
        {QStringLiteral("b"), 1e9},         {QStringLiteral("trillion"), 1e12}, {QStringLiteral("tn"), 1e12},
    };
    return words;
}

const QHash<QString, QString>& currencyWords()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("元"), QStringLiteral("CNY")},     {QStringLiteral("人民幣"), QStringLiteral("CNY")},
        {QStringLiteral("人民币"), QStringLiteral("CNY")}, {QStringLiteral("rmb"), QStringLiteral("CNY")},
        {QStringLiteral("cny"), QStringLiteral("CNY")},    {QStringLiteral("¥"), QStringLiteral("CNY")},
        {QStringLiteral("美元"), QStringLiteral("USD")},   {QStringLiteral("usd"), QStringLiteral("USD")},
        {QStringLiteral("us$"), QStringLiteral("USD")},    {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("港元"), QStringLiteral("HKD")},   {QStringLiteral("港幣"), QStringLiteral("HKD")},
        {QStringLiteral("港币"), QStringLiteral("HKD")},   {QStringLiteral("hkd"), QStringLiteral("HKD")},
        {QStringLiteral("hk$"), QStringLiteral("HKD")},    {QStringLiteral("eur"), QStringLiteral("EUR")},
        {QStringLiteral("€"), QStringLiteral("EUR")},      {QStringLiteral("歐元"), QStringLiteral("EUR")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},   {QStringLiteral("gbp"), QStringLiteral("GBP")},
        {QStringLiteral("£"), QStringLiteral("GBP")},      {QStringLiteral("jpy"), QStringLiteral("JPY")},
        {QStringLiteral("日元"), QStringLiteral("JPY")},   {QStringLiteral("twd"), QStringLiteral("TWD")},
        {QStringLiteral("新台幣"), QStringLiteral("TWD")}, {QStringLiteral("nt$"), QStringLiteral("TWD")},
    };
    return words;
}

bool isPercentWord(const QString& token)
{
    return token == QLatin1String("%") || token == QLatin1String("percent") || token == QLatin1String("pct") ||
           token == QLatin1String("percentage");
}

struct Token
{
    QString text;
    bool bracketed = false;
};

// Splits "億美元" into 億 + 美元, "US$ bn" into us$ + bn, "100 million (亿)" into 100 + million + bracketed 亿:
// Latin words and numbers at their ends, CJK by the longest known word.
QVector<Token> tokens(const QString& text)
{
    QVector<Token> result;
    int depth = 0;
    int i = 0;
    const int n = static_cast<int>(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QChar(0xFF08)) {
            ++depth;
            ++i;
            continue;
        }
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QChar(0xFF09)) {
            depth = std::max(0, depth - 1);
            ++i;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char(',')) {
            ++i;
            continue;
        }
        int end = i + 1;
        if (c.isLetter() && c.unicode() < 0x2E80) {
            while (end < n && text.at(end).isLetter() && text.at(end).unicode() < 0x2E80)
                ++end;
            if (end < n && text.at(end) == QLatin1Char('$'))
                ++end; // US$, HK$, NT$
        } else if (c.isDigit()) {
            while (end < n && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.')))
                ++end;
        } else {
            for (int length = 3; length > 1; --length) {
                if (i + length <= n && currencyWords().contains(text.mid(i, length))) {
                    end = i + length;
                    break;
                }
            }
        }
        result.append(Token{text.mid(i, end - i).toLower(), depth > 0});
        i = end;
    }
    return result;
}

} // namespace

std::optional<Unit> Unit::parse(const QString& text)
{
    Unit unit;
    for (const Token& token : tokens(text)) {
        bool isNumber = false;
        const double number = token.text.toDouble(&isNumber);
        const auto scale = scaleWords().constFind(token.text);
        const double factor = isNumber ? number : (scale != scaleWords().constEnd() ? *scale : 0.0);
        if (factor > 0) {
            if (unit.percent)
                return std::nullopt;
            if (token.bracketed && unit.scaled) {
                if (factor != unit.scale)
                    return std::nullopt;
                continue;
            }
            unit.scale *= factor;
            unit.scaled = true;
        } else if (isPercentWord(token.text) || token.text == QLatin1String("fraction")) {
            if (unit.scaled || (unit.percent && token.bracketed))
                return std::nullopt;
            unit.percent = true;
            unit.scale = token.text == QLatin1String("fraction") ? 1.0 : 0.01;
        } else if (const auto currency = currencyWords().constFind(token.text); currency != currencyWords().constEnd()) {
            if (!unit.currency.isEmpty() && unit.currency != *currency)
                return std::nullopt;
            unit.currency = *currency;
        }
    }
    return unit;
}

std::optional<Unit> Unit::completedBy(const Unit& other) const
{
    Unit result = *this;
    if (other.scaled || other.percent) {
        if (scaled || percent) {
            if (scale != other.scale || percent != other.percent)
                return std::nullopt;
        } else {
            result.scale = other.scale;
            result.scaled = other.scaled;
            result.percent = other.percent;
        }
    }
    if (!other.currency.isEmpty()) {
        if (!currency.isEmpty() && currency != other.currency)
            return std::nullopt;
        result.currency = other.currency;
    }
    return result;
}

bool Unit::operator==(const Unit& other) const
{
    return scale == other.scale && currency == other.currency && percent == other.percent && scaled == other.scaled;
}

QString formatPercent(double fraction)
{
    return QString::number(fraction * 100, 'f', 2) + QLatin1Char('%');
}

QString formatPercent(const std::optional<double>& fraction)
{
    return fraction ? formatPercent(*fraction) : QStringLiteral("—");
}

QString baseUnitName(const QString& metricKind, const QString& currency)
{
    if (metricKind == QLatin1String("money"))
        return currency;
    return metricKind == QLatin1String("percent") ? QStringLiteral("fraction") : QStringLiteral("count");
}

namespace {

std::atomic<MoneyDisplay> chosenMoneyDisplay{MoneyDisplay::ByCurrency};

/// 億 with the currency's Chinese name where it has a common one: 億元, 億美元; 億 EUR otherwise.
QString hundredMillionsOf(const QString& currency)
{
    if (currency == QLatin1String("CNY"))
        return QCoreApplication::translate("DisplayUnit", "億元");
    if (currency == QLatin1String("USD"))
        return QCoreApplication::translate("DisplayUnit", "億美元");
    if (currency == QLatin1String("HKD"))
        return QCoreApplication::translate("DisplayUnit", "億港元");
    return QCoreApplication::translate("DisplayUnit", "億 %1").arg(currency);
}

} // namespace

QString moneyDisplayKey(MoneyDisplay display)
{
    switch (display) {
    case MoneyDisplay::HundredMillions:
        return QStringLiteral("hundred-millions");
    case MoneyDisplay::Billions:
        return QStringLiteral("billions");
    case MoneyDisplay::ByCurrency:
        break;
    }
    return QStringLiteral("by-currency");
}

std::optional<MoneyDisplay> moneyDisplayFromKey(const QString& key)
{
    for (const MoneyDisplay display : {MoneyDisplay::ByCurrency, MoneyDisplay::HundredMillions, MoneyDisplay::Billions})
        if (moneyDisplayKey(display) == key)
            return display;
    return std::nullopt;
}

void DisplayUnit::setMoneyDisplay(MoneyDisplay display)
{
    chosenMoneyDisplay = display;
}

MoneyDisplay DisplayUnit::moneyDisplay()
{
    return chosenMoneyDisplay;
}

DisplayUnit DisplayUnit::forValue(const QString& metricKind, const QString& currency, const QString& countNoun)
{
    if (metricKind == QLatin1String("percent"))
        return {0.01, QStringLiteral("%")};
    if (metricKind == QLatin1String("money")) {
        const MoneyDisplay display = moneyDisplay();
        const bool inHundredMillions = display == MoneyDisplay::HundredMillions ||
                                       (display == MoneyDisplay::ByCurrency && currency == QLatin1String("CNY"));
        if (inHundredMillions)
            return {1e8, hundredMillionsOf(currency)};
        return {1e9, QStringLiteral("bn %1").arg(currency)};
    }
    return {1.0, countNoun};
}

QString DisplayUnit::format(double baseValue) const
{
    QString text = QString::number(toDisplay(baseValue), 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString DisplayUnit::formatWithUnit(double baseValue, const QString& qualifier) const
{
    const QString number = qualifier.isEmpty() ? format(baseValue) : QStringLiteral("%1 %2").arg(qualifier, format(baseValue));
    if (label.isEmpty())
        return number;
    return label == QLatin1String("%") ? number + label : QStringLiteral("%1 %2").arg(number, label);
}

} // namespace mixshift
