#pragma once

#include "Commands.h"

namespace mixshift {
class Project;
}

namespace mixshift::cli {

class ArgumentParser;

/// `scenario run --model share`: market shares projected from a base year of the project
/// (`--market --year --source`, `--set market_growth=G --set years=N`, `--growth PROVIDER=RATE`,
/// `--transfer YEAR,FROM,TO,POINTS`), printed per year and written with `--csv` as `year,provider,share,hhi,cr3`.
int runShareScenario(const ArgumentParser& parser, Project& project, Console console);

/// `scenario run --model penetration`: a country's public-cloud share of compute moving to a target
/// (`--set start_year start_share target_share years compute_market compute_growth`).
int runPenetrationScenario(const ArgumentParser& parser, Console console);

} // namespace mixshift::cli
