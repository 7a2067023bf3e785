#include "CsvWriter.h"

#include "CsvFormulaGuard.h"
#include "OutputFile.h"

namespace mixshift::CsvWriter {

namespace {

QString joined(const QStringList& fields, QChar delimiter, bool guard)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const QString field = guard ? CsvFormulaGuard::protect(fields[i]) : fields[i];
        const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
                                 field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (needsQuotes)
            line += QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                    QLatin1Char('"');
        else
            line += field;
    }
    return line + QLatin1Char('\n');
}

} // namespace

QString record(const QStringList& fields, QChar delimiter)
{
    return joined(fields, delimiter, true);
}

QString plainRecord(const QStringList& fields)
{
    return joined(fields, QLatin1Char(','), false);
}

void writeFile(const QString& path, const QVector<QStringList>& records)
{
    QString text;
    for (const QStringList& fields : records)
        text += record(fields);
    OutputFile::save(path, text.toUtf8());
}

} // namespace mixshift::CsvWriter
