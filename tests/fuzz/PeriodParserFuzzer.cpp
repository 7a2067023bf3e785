// The period parser on any label, for every fiscal-year end: a period it returns starts before it ends and
// lies in the years it accepts (a fiscal year may begin in the calendar year before).
#include "FuzzTargets.h"

#include "domain/PeriodParser.h"

namespace mixshift::fuzz {

int periodParser(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int fiscalYearEnd = data[0] % 12 + 1;
    const QString label = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    if (const auto period = PeriodParser::parse(label, fiscalYearEnd)) {
        check(period->start().isValid() && period->end().isValid(), "valid dates");
        check(period->start() <= period->end(), "start before end");
        check(period->start().year() >= PeriodParser::minYear - 1 && period->end().year() <= PeriodParser::maxYear,
              "years in range");
    }
    return 0;
}

} // namespace mixshift::fuzz

MIXSHIFT_FUZZ_TARGET(periodParser)
