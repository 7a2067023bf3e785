#include "MixSetup.h"

#include "ArgumentParser.h"

#include "Error.h"
#include "scenario/StatusQuoForecast.h"
#include "store/Project.h"

#include <QCoreApplication>

namespace mixshift::cli {

QString defaultMixProvider()
{
    return QStringLiteral("Alibaba Cloud");
}

DisplayUnit MixSetup::moneyUnit() const
{
    return base.moneyUnit();
}

void addStatusQuoOption(ArgumentParser& parser)
{
    parser.addOption(QStringLiteral("status-quo"),
                     QCoreApplication::translate("ScenarioCommand",
                                                 "mix: what the path is measured against: path (the model without "
                                                 "wind-down, the default) or forecast (an ETS forecast of the "
                                                 "provider's revenue, the model chosen by AICc)"),
                     QStringLiteral("path|forecast"));
    parser.requireOneOf(QStringLiteral("status-quo"), {QStringLiteral("path"), QStringLiteral("forecast")});
}

MixSetup mixSetupFrom(const ArgumentParser& parser, Project& project)
{
    MixSetup setup;
    SavedScenario& scenario = setup.scenario;
    if (parser.isSet(QStringLiteral("name"))) {
        ScenarioStore store(project.db());
        const auto saved = store.load(parser.value(QStringLiteral("name")));
        if (!saved)
            throw Error(QCoreApplication::translate("ScenarioCommand", "scenario: no saved scenario '%1' (saved: %2)")
                            .arg(parser.value(QStringLiteral("name")), store.names().join(QStringLiteral(", "))));
        scenario = *saved;
    }
    if (parser.isSet(QStringLiteral("provider")) || scenario.provider.isEmpty())
        scenario.provider = parser.isSet(QStringLiteral("provider")) ? parser.value(QStringLiteral("provider"))
                                                                     : defaultMixProvider();
    setup.stored = BaseQuarter::find(project.db(), scenario.provider);
    if (!parser.isSet(QStringLiteral("name"))) {
        scenario.levers.baseRevenue = setup.stored.revenue;
        scenario.levers.baseEbita = setup.stored.ebita;
    }
    for (const QString& entry : parser.values(QStringLiteral("set"))) {
        const auto [lever, text] = splitNameValue(QStringLiteral("set"), entry);
        const double value = finiteNumber(QStringLiteral("scenario: --set ") + lever, text);
        asUsage([&, lever = lever] { setLever(scenario.levers, lever, value); });
    }
    if (parser.isSet(QStringLiteral("status-quo")))
        scenario.statusQuo = parser.value(QStringLiteral("status-quo")) == QLatin1String("forecast")
                                 ? StatusQuoChoice::Forecast
                                 : StatusQuoChoice::NoWindDown;
    scenario.levers = StatusQuoForecast::levers(project.db(), setup.stored, scenario);
    setup.base = setup.stored.startingFrom(scenario.levers);
    return setup;
}

} // namespace mixshift::cli
