#include "AliasChange.h"

#include "store/Transaction.h"

namespace mixshift {

std::unique_ptr<AliasChange> AliasChange::setting(Database& db, Catalog::AliasKind kind, const QString& alias,
                                                  const std::optional<Catalog::AliasTarget>& target,
                                                  const QString& text)
{
    std::unique_ptr<AliasChange> change(new AliasChange);
    change->m_kind = kind;
    change->m_alias = alias.trimmed();
    change->m_text = text;
    change->m_before = Catalog(db).aliasTarget(kind, alias);
    change->m_after = target;
    return change;
}

void AliasChange::apply(Database& db)
{
    put(db, m_after);
}

void AliasChange::revert(Database& db)
{
    put(db, m_before);
}

void AliasChange::put(Database& db, const std::optional<Catalog::AliasTarget>& target)
{
    Transaction transaction(db);
    Catalog(db).setAlias(m_kind, m_alias, target);
    transaction.commit();
}

} // namespace mixshift
