// `mixshift forecast`: an ETS forecast of one stored series, the model and its figures, and the periods ahead.
#include "ArgumentParser.h"
#include "Commands.h"
#include "TextTable.h"

#include "Error.h"
#include "analytics/SeriesResolver.h"
#include "analytics/SeriesSpec.h"
#include "domain/Period.h"
#include "forecast/SeriesForecast.h"
#include "io/TableFile.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>

namespace mixshift::cli {

namespace {

QString baseNumber(double value) { return QString::number(value, 'g', 15); }

std::optional<EtsModel> modelOption(const ArgumentParser& parser)
{
    const QString text = parser.value(QStringLiteral("model"));
    if (text.isEmpty() || text.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    const auto model = EtsModel::parse(text);
    if (!model) {
        QStringList codes;
        for (const EtsModel& m : EtsModel::all())
            codes << m.code();
        throw UsageError(QCoreApplication::translate("ForecastCommand", "forecast: --model is auto or one of %1, not '%2'")
                             .arg(codes.join(QLatin1Char('|')), text));
    }
    return model;
}

std::vector<double> levelsOption(const ArgumentParser& parser)
{
    if (!parser.isSet(QStringLiteral("level")))
        return {80, 95};
    std::vector<double> levels;
    for (const QString& part : parser.value(QStringLiteral("level")).split(QLatin1Char(','))) {
        const double level = finiteNumber(QStringLiteral("forecast: --level"), part.trimmed());
        if (!(level > 0 && level < 100))
            throw UsageError(QCoreApplication::translate("ForecastCommand",
                                                         "forecast: --level takes percentages between 0 and 100, "
                                                         "not %1")
                                 .arg(part.trimmed()));
        levels.push_back(level);
    }
    return levels;
}

QString levelName(double level) { return QString::number(level, 'g', 6); }

// `lo80,hi80,lo95,hi95`: the CSV's interval columns, in the levels' order.
QStringList intervalColumns(const std::vector<double>& levels)
{
    QStringList names;
    for (const double level : levels)
        names << QStringLiteral("lo") + levelName(level) << QStringLiteral("hi") + levelName(level);
    return names;
}

void writeCsv(const QString& path, const SeriesForecast& forecast)
{
    ExportTable table;
    table.name = QStringLiteral("Forecast");
    table.columns = {{QStringLiteral("period"), ColumnFormat::Text, {}},
                     {QStringLiteral("start"), ColumnFormat::Date, {}},
                     {QStringLiteral("end"), ColumnFormat::Date, {}},
                     {QStringLiteral("forecast"), ColumnFormat::Number, {}}};
    for (const QString& name : intervalColumns(forecast.levels))
        table.columns.append({name, ColumnFormat::Number, {}});
    const auto cell = [](double value) { return ExportCell(value, baseNumber(value)); };
    for (const ForecastPeriod& p : forecast.periods) {
        QVector<ExportCell> row{p.label, toIsoDate(p.start), toIsoDate(p.end), cell(p.forecast)};
        for (std::size_t i = 0; i < p.lower.size(); ++i)
            row << cell(p.lower[i]) << cell(p.upper[i]);
        table.rows.append(row);
    }
    TableFile::save(path, {table});
}

QString parameterLine(const EtsFit& fit)
{
    const auto number = [](double v) { return QString::number(v, 'f', 4); };
    QStringList parts{QStringLiteral("alpha ") + number(fit.parameters.alpha)};
    if (fit.model.hasTrend())
        parts << QStringLiteral("beta ") + number(fit.parameters.beta);
    if (fit.model.seasonal())
        parts << QStringLiteral("gamma ") + number(fit.parameters.gamma);
    if (fit.model.trend == EtsModel::Trend::Damped)
        parts << QStringLiteral("phi ") + number(fit.parameters.phi);
    return parts.join(QStringLiteral("  "));
}

} // namespace

int runForecast(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("forecast"));
    parser.addOption(QStringLiteral("series"),
                     QCoreApplication::translate("ForecastCommand",
                                                 "the series to forecast: PROVIDER/METRIC[:DERIVATION], as "
                                                 "export-chart takes it"),
                     QStringLiteral("SPEC"));
    parser.addOption(QStringLiteral("horizon"),
                     QCoreApplication::translate("ForecastCommand", "how many periods ahead (1 to 1000)"),
                     QStringLiteral("H"));
    parser.addOption(QStringLiteral("model"),
                     QCoreApplication::translate("ForecastCommand",
                                                 "auto (the least AICc; default) or an ETS model: ANN, AAN, AAdN, ANA, "
                                                 "AAA, AAdA, MNN, MAN, MAdN, MNA, MAA, MAdA, MNM, MAM, MAdM"),
                     QStringLiteral("MODEL"));
    parser.addOption(QStringLiteral("level"),
                     QCoreApplication::translate("ForecastCommand", "prediction intervals, in percent (default 80,95)"),
                     QStringLiteral("L,L"));
    parser.addOption(QStringLiteral("csv"),
                     QCoreApplication::translate("ForecastCommand",
                                                 "the forecast as period,start,end,forecast,lo80,hi80,lo95,hi95 in base "
                                                 "units (a name ending in .xlsx writes a workbook)"),
                     QStringLiteral("OUT"), ArgumentParser::Role::Output);
    return runOnProject(parser, arguments, console, [&](Project& project) {
        if (!parser.isSet(QStringLiteral("series")) || !parser.isSet(QStringLiteral("horizon")))
            throw UsageError(QCoreApplication::translate("ForecastCommand", "forecast: give --series SPEC and --horizon H"));
        const int horizon =
            int(wholeNumber(QStringLiteral("forecast: --horizon"), parser.value(QStringLiteral("horizon")), 1,
                            SeriesSpec::longestHorizon));
        const std::optional<EtsModel> model = modelOption(parser);
        const std::vector<double> levels = levelsOption(parser);
        const ChartSeries series = SeriesResolver(project.db()).resolve(parser.value(QStringLiteral("series")));
        const SeriesForecast forecast = SeriesForecast::of(series, horizon, model, levels);
        const EtsFit& fit = forecast.fit;
        const DisplayUnit unit = series.displayUnit();
        QTextStream& out = console.out;

        out << series.label << '\n';
        out << QCoreApplication::translate("ForecastCommand", "history: %1 periods, %2 to %3, %4 without a value")
                   .arg(fit.pass.fitted.size())
                   .arg(series.points.first().start.toString(Qt::ISODate), series.points.last().end.toString(Qt::ISODate))
                   .arg(forecast.gaps)
            << '\n';
        out << QCoreApplication::translate("ForecastCommand", "model: %1 (%2)")
                   .arg(fit.model.name(),
                        model                      ? QCoreApplication::translate("ForecastCommand", "as asked")
                        : std::isfinite(fit.aicc) ? QCoreApplication::translate("ForecastCommand",
                                                                                 "the least AICc of those that suit")
                                                   : QCoreApplication::translate("ForecastCommand",
                                                                                 "the simplest: too few values to "
                                                                                 "compare models by AICc"))
            << '\n';
        out << QCoreApplication::translate("ForecastCommand", "parameters: %1").arg(parameterLine(fit)) << '\n';
        out << QCoreApplication::translate("ForecastCommand", "AICc %1  AIC %2  BIC %3  log-likelihood %4  sigma %5")
                   .arg(QString::number(fit.aicc, 'f', 2), QString::number(fit.aic, 'f', 2),
                        QString::number(fit.bic, 'f', 2), QString::number(fit.logLikelihood, 'f', 2),
                        QString::number(std::sqrt(fit.sigma2), 'g', 4))
            << '\n';
        const ForecastAccuracy& a = forecast.accuracy;
        out << QCoreApplication::translate("ForecastCommand", "accuracy on the history: MAE %1  RMSE %2  MAPE %3%  MASE %4")
                   .arg(unit.formatWithUnit(a.mae), unit.formatWithUnit(a.rmse), QString::number(a.mape, 'f', 2),
                        QString::number(a.mase, 'f', 3))
            << '\n';
        QStringList header{QCoreApplication::translate("ForecastCommand", "period"),
                           QCoreApplication::translate("ForecastCommand", "forecast")};
        header << intervalColumns(levels);
        TextTable table(out, header);
        for (const ForecastPeriod& p : forecast.periods) {
            QStringList row{p.label, unit.format(p.forecast)};
            for (std::size_t i = 0; i < p.lower.size(); ++i)
                row << unit.format(p.lower[i]) << unit.format(p.upper[i]);
            table.addRow(row);
        }
        table.finish();
        if (!unit.label.isEmpty())
            out << QCoreApplication::translate("ForecastCommand", "in %1").arg(unit.label) << '\n';
        if (parser.isSet(QStringLiteral("csv")))
            writeCsv(parser.value(QStringLiteral("csv")), forecast);
        return Success;
    });
}

} // namespace mixshift::cli
