#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>


namespace mixshift {

/// A small CSV file with a header row, read whole: for reference files such as the bundled datasets, not for
/// imports (those stream through CsvReader). Errors name the file, line and column.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Row
    {
        qint64 line = 0;
        QStringList fields;
    };

    /// Reads `path` (a file or a Qt resource) and checks that the header holds every required column.
    static CsvTable read(const QString& path, const QStringList& requiredColumns);

    const QString& path() const { return m_path; }
    const QVector<Row>& rows() const { return m_rows; }
    /// The trimmed cell of `column` in `row` (empty when the row is short).
    QString cell(const Row& row, const QString& column) const;
    /// "FILE:LINE: column 'NAME' ('TEXT'): REASON", for error messages.
    QString describe(const Row& row, const QString& column, const QString& reason) const;

private:
    QString m_path;
    QHash<QString, int> m_columns;
    QVector<Row> m_rows;
};

} // namespace mixshift
