#include "SeriesSpec.h"

#include "Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mixshift {

namespace {

const QString marks = QStringLiteral("/@#$~:");
constexpr QChar quote = QLatin1Char('"');

// Reads one name from `at`: a quoted one (its quotes undone) or a bare one up to the next mark, trimmed.
// Leaves `at` on the mark that follows, or at the end.
QString readName(const QString& text, qsizetype& at)
{
    while (at < text.size() && text[at].isSpace())
        ++at;
    QString name;
    if (at < text.size() && text[at] == quote) {
        for (++at;; ++at) {
            if (at >= text.size())
                throw Error(QCoreApplication::translate("SeriesSpec", "'%1': a quote is not closed (a quote inside a name is written twice: \"\")")
                                .arg(text));
            if (text[at] == quote) {
                if (at + 1 < text.size() && text[at + 1] == quote) {
                    name += quote;
                    ++at;
                    continue;
                }
                ++at;
                break;
            }
            name += text[at];
        }
        while (at < text.size() && text[at].isSpace())
            ++at;
        if (at < text.size() && !marks.contains(text[at]))
            throw Error(QCoreApplication::translate("SeriesSpec", "'%1': text after the quoted name \"%2\"; put all of the name in the quotes")
                            .arg(text, name));
        return name;
    }
    const qsizetype start = at;
    while (at < text.size() && !marks.contains(text[at]))
        ++at;
    return text.mid(start, at - start).trimmed();
}

} // namespace

SeriesSpec SeriesSpec::parse(const QString& text)
{
    SeriesSpec spec;
    qsizetype at = 0;
    spec.provider = readName(text, at);
    if (at >= text.size() || text[at] != QLatin1Char('/') || spec.provider.isEmpty())
        throw Error(QCoreApplication::translate("SeriesSpec", "'%1' is not PROVIDER/METRIC[:DERIVATION]").arg(text));
    ++at;
    spec.metric = readName(text, at);
    if (spec.metric.isEmpty())
        throw Error(QCoreApplication::translate("SeriesSpec", "'%1' is not PROVIDER/METRIC[:DERIVATION]").arg(text));
    QString seen;
    while (at < text.size()) {
        const QChar mark = text[at++];
        if (mark == QLatin1Char('/'))
            throw Error(QCoreApplication::translate("SeriesSpec", "'%1': a name with '/' goes in double quotes, e.g. \"A/B Cloud\"/revenue").arg(text));
        if (seen.contains(mark))
            throw Error(QCoreApplication::translate("SeriesSpec", "'%1': '%2' is given twice").arg(text, mark));
        seen += mark;
        const QString value = readName(text, at);
        switch (mark.unicode()) {
        case '@':
            spec.market = value;
            break;
        case '#':
            spec.category = value;
            break;
        case '$':
            spec.currency = value;
            break;
        case '~':
            spec.source = value;
            break;
        default: {
            // `forecast(12)`: the one derivation with an argument.
            static const QRegularExpression withHorizon(QStringLiteral("^forecast\\((\\d{1,4})\\)$"));
            const auto horizon = withHorizon.match(value);
            const auto derivation = horizon.hasMatch() ? Derivation::Forecast : derivationFromKey(value);
            if (!derivation || *derivation == Derivation::None)
                throw Error(QCoreApplication::translate("SeriesSpec", "'%1': unknown derivation '%2' (yoy qoq ttm index margin share usd implied forecast(H))")
                                .arg(text, value));
            spec.derivation = *derivation;
            if (horizon.hasMatch()) {
                spec.horizon = horizon.captured(1).toInt();
                if (spec.horizon < 1 || spec.horizon > longestHorizon)
                    throw Error(QCoreApplication::translate("SeriesSpec", "'%1': a forecast reaches 1 to %2 periods ahead, not %3")
                                    .arg(text)
                                    .arg(longestHorizon)
                                    .arg(spec.horizon));
            }
        }
        }
    }
    return spec;
}

QString SeriesSpec::quoted(const QString& name)
{
    const bool plain = !name.isEmpty() && name == name.trimmed() &&
                       std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c == quote || marks.contains(c); });
    if (plain)
        return name;
    QString doubled = name;
    doubled.replace(quote, QStringLiteral("\"\""));
    return quote + doubled + quote;
}

QString SeriesSpec::text() const
{
    QString text = quoted(provider) + QLatin1Char('/') + quoted(metric);
    if (market)
        text += QLatin1Char('@') + quoted(*market);
    if (category)
        text += QLatin1Char('#') + quoted(*category);
    if (currency)
        text += QLatin1Char('$') + quoted(*currency);
    if (!source.isEmpty())
        text += QLatin1Char('~') + quoted(source);
    if (derivation == Derivation::Forecast)
        text += QStringLiteral(":forecast(%1)").arg(horizon);
    else if (derivation != Derivation::None)
        text += QLatin1Char(':') + derivationKey(derivation);
    return text;
}

} // namespace mixshift
