#include "ArgumentParser.h"
#include "Commands.h"
#include "TextTable.h"

#include "io/CsvWriter.h"
#include "store/ImportBatches.h"
#include "store/Project.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

namespace {

int listBatches(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("imports list"));
    parser.addOption(
        QStringLiteral("format"),
        QCoreApplication::translate("ImportsCommand", "a table to read (default), or CSV with every field whole"),
        QStringLiteral("csv|table"));
    parser.requireOneOf(QStringLiteral("format"), {QStringLiteral("csv"), QStringLiteral("table")});
    return runOnProject(parser, arguments, console, [&](Project& project) {
        const QStringList header{"batch", "imported_at", "kind", "file", "sha256", "added", "overwritten", "revised",
                                 "rejected", "by"};
        const bool csv = parser.value(QStringLiteral("format")) == QLatin1String("csv");
        std::optional<TextTable> table;
        if (csv)
            console.out << CsvWriter::record(header);
        else
            table.emplace(console.out, header);
        for (const ImportBatchRow& b : ImportBatches(project.db()).list()) {
            const QStringList cells{QString::number(b.id), b.importedAt, b.kind, b.fileName, b.sha256,
                                    QString::number(b.added), QString::number(b.overwritten),
                                    QString::number(b.revised), QString::number(b.rejected), b.importedBy};
            if (csv)
                console.out << CsvWriter::record(cells);
            else
                table->addRow(cells);
        }
        if (table)
            table->finish();
        return Success;
    });
}

int undoBatch(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("imports undo"));
    parser.addOption(
        QStringLiteral("batch"),
        QCoreApplication::translate("ImportsCommand", "the import to take back (mixshift imports lists them)"),
        QStringLiteral("ID"));
    return runOnProject(
        parser, arguments, console,
        [&](Project& project) {
            if (!parser.isSet(QStringLiteral("batch")))
                throw UsageError(QCoreApplication::translate(
                    "ImportsCommand", "imports undo: --batch ID is required (mixshift imports lists them)"));
            const qint64 id = wholeNumber(QStringLiteral("--batch"), parser.value(QStringLiteral("batch")), 1,
                                          std::numeric_limits<qint64>::max());
            Transaction transaction(project.db());
            const BatchRemoval removal = ImportBatches(project.db()).remove(id);
            transaction.commit();
            console.out
                << QCoreApplication::translate("ImportsCommand", "undone: %1 (%2, %3)")
                       .arg(QString::number(removal.batch.id), removal.batch.fileName, removal.batch.importedAt)
                << '\n'
                << QCoreApplication::translate("ImportsCommand", "values removed: %1").arg(removal.valuesRemoved)
                << '\n'
                << QCoreApplication::translate("ImportsCommand", "values restored: %1").arg(removal.valuesRestored)
                << '\n'
                << QCoreApplication::translate("ImportsCommand", "revisions removed: %1").arg(removal.revisionsRemoved)
                << '\n'
                << QCoreApplication::translate("ImportsCommand", "catalog entries removed: %1")
                       .arg(removal.catalogEntriesRemoved)
                << '\n';
            return Success;
        },
        [] { return true; });
}

} // namespace

int runImports(const QStringList& arguments, Console console)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("undo"))
        return undoBatch(arguments.mid(1), console);
    if (sub == QLatin1String("list"))
        return listBatches(arguments.mid(1), console);
    if (!sub.isEmpty() && !sub.startsWith(QLatin1Char('-')))
        return console.usage(QCoreApplication::translate(
            "ImportsCommand", "imports: use 'imports list' (or just 'imports') or 'imports undo'"));
    return listBatches(QStringList{QStringLiteral("list")} + arguments.mid(1), console);
}

} // namespace mixshift::cli
