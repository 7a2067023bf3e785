#pragma once

#include "store/Catalog.h"
#include "store/ObservationStore.h"
#include "store/Project.h"
#include "TestStore.h"

#include <QTemporaryDir>

#include <memory>

namespace mixshift::test {

/// A new project in a temporary folder (or on the test server: TestStore.h) with one provider (Alibaba Cloud, fiscal year ending March), one
/// metric (revenue) and two sources, for store tests.
struct TestProject
{
    QTemporaryDir dir;
    QString path = newStoreLocation(dir, QStringLiteral("test.mixshift"));
    std::unique_ptr<Project> project = Project::create(path);
    Catalog catalog{project->db()};
    ObservationStore store{project->db()};
    std::int64_t alibaba = catalog.addProvider(
        {0, QStringLiteral("Alibaba Cloud"), QStringLiteral("阿里雲"), QStringLiteral("company"), 3, QStringLiteral("CNY")},
        {QStringLiteral("阿里云"), QStringLiteral("Alibaba Group")});
    // Every project knows revenue (the standard statement lines); the test defines it as the sample does.
    std::int64_t revenue = [this] {
        const std::int64_t id = catalog.defineMetric({0, QStringLiteral("revenue"), QStringLiteral("Revenue"),
                                                      QStringLiteral("收入"), QStringLiteral("money"),
                                                      QStringLiteral("flow"), {}, false});
        catalog.addMetricAlias(QStringLiteral("營收"), id, std::nullopt, {});
        return id;
    }();
    std::int64_t article = catalog.addSource({0, QStringLiteral("article"), QStringLiteral("阿里雲重新定調"),
                                              QStringLiteral("Chinese business press"), QStringLiteral("2023-11"),
                                              {}, {}, {}});
    std::int64_t release = catalog.addSource({0, QStringLiteral("release"), QStringLiteral("Results release"),
                                              QStringLiteral("Alibaba Group"), QStringLiteral("2023-11-16"), {}, {},
                                              {}});
    std::int64_t series = store.seriesId({alibaba, revenue, std::nullopt, {}, QStringLiteral("CNY")});
};

inline ObservationInput revenueInput(double value, std::int64_t source, const QString& text)
{
    ObservationInput input;
    input.start = QDate(2023, 7, 1);
    input.end = QDate(2023, 9, 30);
    input.value = value;
    input.unit = QStringLiteral("億元");
    input.originalText = text;
    input.sourceId = source;
    return input;
}

} // namespace mixshift::test
