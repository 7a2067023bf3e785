#pragma once

#include "domain/Unit.h"
#include "scenario/ScenarioStore.h"
#include "scenario/Sensitivity.h"

#include <QString>

namespace mixshift {
class Project;
}

namespace mixshift::cli {

class ArgumentParser;

/// The mix scenario a command line describes — a saved one (--name) or the defaults, for a provider
/// (--provider, default Alibaba Cloud) from its latest quarter in the project, with --set levers — read the same
/// way by `scenario run` and the what-if tools (`scenario grid`, `scenario goal`).
struct MixSetup
{
    SavedScenario scenario;
    /// The provider's latest quarter in the project.
    BaseQuarter stored;
    /// The quarter the levers start from (stored, or the figures --set gives).
    BaseQuarter base;

    /// The display unit of the scenario's money (億元 for CNY…).
    DisplayUnit moneyUnit() const;
};

/// The provider of a new mix scenario unless --provider names another.
QString defaultMixProvider();

/// --status-quo path|forecast, which mixSetupFrom reads.
void addStatusQuoOption(ArgumentParser& parser);

/// Throws Error for an unknown saved scenario or provider, UsageError for a bad --set, or Error when the
/// forecast status quo cannot be made from the provider's history.
MixSetup mixSetupFrom(const ArgumentParser& parser, Project& project);

/// An output's value as the command line prints it: money as a number, its unit said once beside the table.
inline QString outputText(SensitivityOutput output, double value, const DisplayUnit& money)
{
    return mixOutput(output).text(value, money, false);
}

} // namespace mixshift::cli
