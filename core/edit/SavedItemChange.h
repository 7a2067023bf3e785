#pragma once

#include "ProjectChange.h"
#include "analytics/ChartDefinition.h"
#include "scenario/ScenarioStore.h"
#include "store/Transaction.h"

#include <memory>
#include <optional>

namespace mixshift {

/// Saving or deleting something a project keeps by name — a saved chart, a saved scenario: apply() puts the
/// new state in place of the old, revert() the old back (nothing: deleted; an item: saved as it was).
template <typename Store, typename Item>
class SavedItemChange : public ProjectChange
{
public:
    SavedItemChange(const QString& text, const QString& name, std::optional<Item> before, std::optional<Item> after)
        : m_text(text), m_name(name), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    /// Saving `item` under its name, over whatever is saved under it now.
    static std::unique_ptr<SavedItemChange> saving(Database& db, const Item& item, const QString& text)
    {
        return std::make_unique<SavedItemChange>(text, item.name, Store(db).load(item.name), item);
    }
    /// Deleting what is saved as `name`; null when nothing is.
    static std::unique_ptr<SavedItemChange> removing(Database& db, const QString& name, const QString& text)
    {
        std::optional<Item> saved = Store(db).load(name);
        if (!saved)
            return nullptr;
        return std::make_unique<SavedItemChange>(text, name, std::move(saved), std::nullopt);
    }

    QString text() const override { return m_text; }
    void apply(Database& db) override { put(db, m_after); }
    void revert(Database& db) override { put(db, m_before); }

private:
    void put(Database& db, const std::optional<Item>& item)
    {
        Transaction transaction(db);
        Store store(db);
        if (item)
            store.save(*item);
        else
            store.remove(m_name);
        transaction.commit();
    }

    QString m_text;
    QString m_name;
    std::optional<Item> m_before;
    std::optional<Item> m_after;
};

using ChartChange = SavedItemChange<SavedCharts, ChartDefinition>;
using ScenarioChange = SavedItemChange<ScenarioStore, SavedScenario>;

/// Renaming a saved chart or scenario (the rest of it kept); revert gives the old name back. The store refuses
/// a name already taken.
template <typename Store>
class SavedItemRename : public ProjectChange
{
public:
    SavedItemRename(const QString& text, const QString& name, const QString& newName)
        : m_text(text), m_name(name), m_newName(newName)
    {
    }

    QString text() const override { return m_text; }
    void apply(Database& db) override { rename(db, m_name, m_newName); }
    void revert(Database& db) override { rename(db, m_newName, m_name); }

private:
    static void rename(Database& db, const QString& from, const QString& to)
    {
        Transaction transaction(db);
        Store(db).rename(from, to);
        transaction.commit();
    }

    QString m_text;
    QString m_name;
    QString m_newName;
};

using ChartRename = SavedItemRename<SavedCharts>;
using ScenarioRename = SavedItemRename<ScenarioStore>;

} // namespace mixshift
