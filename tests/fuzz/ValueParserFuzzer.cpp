// The value-cell parser on any text, with each number format analysts' files use: it ends, a number is a
// number, and a refusal says why.
#include "FuzzTargets.h"

#include "import/ValueParser.h"

#include <cmath>

namespace mixshift::fuzz {

int valueParser(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const NumberFormat formats[] = {
        {QLatin1Char('.'), QLatin1Char(',')},
        {QLatin1Char(','), QLatin1Char('.')},
        {QLatin1Char(','), QChar()},
        {QLatin1Char('.'), QChar()},
    };
    const ValueParser parser(formats[data[0] % 4]);
    const QString cell = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const ParsedValue value = parser.parse(cell);
    check(value.status != ParsedValue::Status::Number || !std::isnan(value.number), "numbers are not NaN");
    check(value.status != ParsedValue::Status::Invalid || !value.reason.isEmpty(), "refusals give a reason");
    (void)ValueParser::normalizeWidth(cell);
    return 0;
}

} // namespace mixshift::fuzz

MIXSHIFT_FUZZ_TARGET(valueParser)
