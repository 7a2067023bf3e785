#include "ImportProfiles.h"

#include "Error.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace mixshift {

ImportProfiles::ImportProfiles(Database& db)
    : m_db(db)
{
}

void ImportProfiles::save(const QString& name, const ImportMapping& mapping, const QStringList& header)
{
    if (name.trimmed().isEmpty())
        throw Error(tr("an import profile needs a name"));
    m_db.prepare("INSERT INTO import_profile (name, header_signature, mapping, modified_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (name) DO UPDATE SET header_signature = excluded.header_signature, "
                 "mapping = excluded.mapping, modified_at = excluded.modified_at")
        .bindAll(name.trimmed(), ImportMapping::headerSignature(header),
                 QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .run();
}

std::optional<ImportMapping> ImportProfiles::load(const QString& name)
{
    Statement find = m_db.prepare("SELECT mapping FROM import_profile WHERE name = ?");
    if (!find.bindAll(name.trimmed()).step())
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(find.text(0).toUtf8());
    if (!json.isObject())
        throw Error(tr("import profile '%1' is damaged").arg(name));
    return ImportMapping::fromJson(json.object());
}

QStringList ImportProfiles::forHeader(const QStringList& header)
{
    return m_db.prepare("SELECT name FROM import_profile WHERE header_signature = ? ORDER BY modified_at DESC, id DESC")
        .bindAll(ImportMapping::headerSignature(header))
        .firstColumn();
}

QStringList ImportProfiles::names()
{
    return m_db.prepare("SELECT name FROM import_profile ORDER BY name").firstColumn();
}

} // namespace mixshift
