#pragma once

#include "import/CsvSniffer.h"
#include "import/ImportMapping.h"

#include <QByteArray>
#include <QString>

namespace mixshift {

class Project;

/// What the import wizard's pages build together: the file, how it is written, and what its columns mean.
struct ImportDraft
{
    Project* project = nullptr;
    QString filePath;
    QByteArray sample;
    bool wholeFile = false;
    SniffResult sniff;
    ImportMapping mapping;
    /// The profile the mapping came from, if any.
    QString profileName;
};

} // namespace mixshift
