#pragma once

#include "ProjectChange.h"
#include "store/Catalog.h"

#include <memory>
#include <optional>

namespace mixshift {

/// Adding, re-pointing or removing an alias of a provider or a metric; revert puts back what the alias named
/// before (or removes it again).
class AliasChange : public ProjectChange
{
public:
    /// The alias made to name `target` (none: removed), remembering what it names now.
    static std::unique_ptr<AliasChange> setting(Database& db, Catalog::AliasKind kind, const QString& alias,
                                                const std::optional<Catalog::AliasTarget>& target, const QString& text);

    QString text() const override { return m_text; }
    void apply(Database& db) override;
    void revert(Database& db) override;

private:
    AliasChange() = default;
    void put(Database& db, const std::optional<Catalog::AliasTarget>& target);

    Catalog::AliasKind m_kind = Catalog::AliasKind::Provider;
    QString m_alias;
    QString m_text;
    std::optional<Catalog::AliasTarget> m_before;
    std::optional<Catalog::AliasTarget> m_after;
};

} // namespace mixshift
