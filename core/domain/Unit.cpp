#include "Unit.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace mixshift {

namespace {

const QHash<QString, double>& scaleWords()
{
    static const QHash<QString, double> words{
        {QStringLiteral("億"), 1e8},       {QStringLiteral("亿"), 1e8},     {QStringLiteral("萬"), 1e4},
        {QStringLiteral("万"), 1e4},       {QStringLiteral("千"), 1e3},     {QStringLiteral("thousand"), 1e3},
        {QStringLiteral("k"), 1e3},        {QStringLiteral("million"), 1e6}, {QStringLiteral("mn"), 1e6},
        {QStringLiteral("m"), 1e6},        {QStringLiteral("billion"), 1e9}, {QStringLiteral("bn"), 1e9},
        {QStringLiteral("b"), 1e9},        {QStringLiteral("trillion"), 1e12},
    };
    return words;
}

const QHash<QString, QString>& currencyWords()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("元"), QStringLiteral("CNY")},    {QStringLiteral("人民幣"), QStringLiteral("CNY")},
        {QStringLiteral("人民币"), QStringLiteral("CNY")}, {QStringLiteral("rmb"), QStringLiteral("CNY")},
        {QStringLiteral("cny"), QStringLiteral("CNY")},   {QStringLiteral("¥"), QStringLiteral("CNY")},
        {QStringLiteral("美元"), QStringLiteral("USD")},  {QStringLiteral("usd"), QStringLiteral("USD")},
        {QStringLiteral("us$"), QStringLiteral("USD")},   {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("港元"), QStringLiteral("HKD")},  {QStringLiteral("港幣"), QStringLiteral("HKD")},
        {QStringLiteral("港币"), QStringLiteral("HKD")},  {QStringLiteral("hkd"), QStringLiteral("HKD")},
        {QStringLiteral("eur"), QStringLiteral("EUR")},   {QStringLiteral("€"), QStringLiteral("EUR")},
    };
    return words;
}

// Splits "億美元" into 億 + 美元 and "US$ bn" into us$ + bn: Latin words at spaces, CJK by longest known word.
QStringList tokens(const QString& text)
{
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z$€¥]+"));
    QStringList result;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('/')) {
            ++i;
            continue;
        }
        if (const auto m = latinWord.match(text, i, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            m.hasMatch()) {
            result << m.captured().toLower();
            i += m.capturedLength();
            continue;
        }
        int length = 3;
        while (length > 1 && !currencyWords().contains(text.mid(i, length)))
            --length;
        const QString word = text.mid(i, length);
        result << word;
        i += word.size();
    }
    return result;
}

} // namespace

std::optional<Unit> Unit::parse(const QString& text)
{
    Unit unit;
    bool haveScale = false;
    for (const QString& token : tokens(text.trimmed())) {
        if (token == QLatin1String("%")) {
            if (unit.percent || haveScale)
                return std::nullopt;
            unit.percent = true;
            unit.scale = 0.01;
        } else if (const auto scale = scaleWords().constFind(token); scale != scaleWords().constEnd()) {
            if (haveScale || unit.percent)
                return std::nullopt;
            haveScale = true;
            unit.scale = *scale;
        } else if (const auto currency = currencyWords().constFind(token); currency != currencyWords().constEnd()) {
            if (!unit.currency.isEmpty() && unit.currency != *currency)
                return std::nullopt;
            unit.currency = *currency;
        }
    }
    return unit;
}

DisplayUnit DisplayUnit::forValue(const QString& metricKind, const QString& currency, const QString& countNoun)
{
    if (metricKind == QLatin1String("percent"))
        return {0.01, QStringLiteral("%")};
    if (metricKind == QLatin1String("money")) {
        if (currency == QLatin1String("CNY"))
            return {1e8, QStringLiteral("億元")};
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
