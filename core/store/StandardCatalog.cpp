#include "StandardCatalog.h"

#include "Database.h"

#include <QString>

#include <initializer_list>

namespace mixshift::StandardCatalog {

namespace {

struct Line
{
    const char* key;
    const char* name;
    const char* nameZh;
    /// money metrics are flows (they add up over a year); per-share lines are money per share.
    bool perShare;
    std::initializer_list<const char*> aliases;
};

// Names as annual reports and the portals that republish them print them (Sina, NetEase, Eastmoney; SEC filings).
const Line lines[] = {
    {"revenue", "Revenue", "营业收入", false,
     {"total revenue", "total revenues", "revenues", "net revenue", "net revenues", "net sales", "营业总收入",
      "營業總收入", "营业收入", "營業收入", "营收", "營收"}},
    {"cost_of_revenue", "Cost of revenue", "营业成本", false,
     {"cost of revenues", "cost of sales", "cost of goods sold", "cogs", "营业成本", "營業成本", "销售成本", "銷售成本"}},
    {"gross_profit", "Gross profit", "毛利", false, {"gross margin amount", "毛利", "毛利润", "毛利潤"}},
    {"rnd_expense", "Research and development", "研发费用", false,
     {"r&d", "research and development expenses", "research & development", "研发费用", "研發費用", "研发支出",
      "研發支出"}},
    {"selling_expense", "Selling expenses", "销售费用", false,
     {"selling and marketing", "sales and marketing", "selling and marketing expenses", "销售费用", "銷售費用"}},
    {"admin_expense", "General and administrative", "管理费用", false,
     {"g&a", "general and administrative expenses", "administrative expenses", "管理费用", "管理費用"}},
    {"operating_income", "Operating income", "营业利润", false,
     {"operating profit", "income from operations", "营业利润", "營業利潤"}},
    {"pretax_income", "Pre-tax profit", "利润总额", false,
     {"income before income taxes", "profit before tax", "pre-tax income", "pretax income", "利润总额", "利潤總額"}},
    {"income_tax", "Income tax", "所得税费用", false,
     {"income tax expense", "provision for income taxes", "income taxes", "所得税费用", "所得稅費用", "所得税",
      "所得稅", "减:所得税费用", "減:所得稅費用"}},
    {"net_income", "Net income", "净利润", false, {"net profit", "net earnings", "净利润", "淨利潤", "淨利"}},
    {"net_income_parent", "Net income attributable to the parent", "归属于母公司所有者的净利润", false,
     {"net income attributable to ordinary shareholders", "net income attributable to shareholders",
      "归属于母公司所有者的净利润", "歸屬於母公司所有者的淨利潤", "归属于母公司股东的净利润",
      "歸屬於母公司股東的淨利潤", "归属于上市公司股东的净利润", "歸屬於上市公司股東的淨利潤", "归母净利润",
      "歸母淨利潤"}},
    {"basic_eps", "Basic earnings per share", "基本每股收益", true,
     {"basic eps", "eps basic", "earnings per share, basic", "基本每股收益", "每股收益"}},
    {"diluted_eps", "Diluted earnings per share", "稀释每股收益", true,
     {"diluted eps", "eps diluted", "earnings per share, diluted", "稀释每股收益", "稀釋每股收益"}},
    {"operating_cash_flow", "Operating cash flow", "经营活动产生的现金流量净额", false,
     {"net cash from operating activities", "net cash provided by operating activities", "cash from operations",
      "经营活动产生的现金流量净额", "經營活動產生的現金流量淨額", "经营现金流", "經營現金流"}},
    {"capex", "Capital expenditure", "资本开支", false,
     {"capital expenditures", "purchases of property and equipment", "购建固定资产、无形资产和其他长期资产支付的现金",
      "購建固定資產、無形資產和其他長期資產支付的現金", "资本开支", "資本開支", "资本支出", "資本支出"}},
    {"free_cash_flow", "Free cash flow", "自由现金流", false, {"fcf", "自由现金流", "自由現金流"}},
};

} // namespace

void install(Database& db)
{
    Statement addMetric = db.prepare(
        "INSERT INTO metric (key, name, name_zh, kind, aggregation, per_share) VALUES (?, ?, ?, 'money', 'flow', ?) "
        "ON CONFLICT (key) DO UPDATE SET per_share = excluded.per_share");
    Statement metricId = db.prepare("SELECT id FROM metric WHERE key = ?");
    Statement addAlias = db.prepare("INSERT INTO metric_alias (alias, metric_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    for (const Line& line : lines) {
        const QString key = QString::fromLatin1(line.key);
        addMetric.reset();
        addMetric.bindAll(key, QString::fromUtf8(line.name), QString::fromUtf8(line.nameZh), line.perShare ? 1 : 0)
            .run();
        metricId.reset();
        metricId.bindAll(key).step();
        const std::int64_t id = metricId.int64(0);
        for (const char* alias : {line.key, line.name, line.nameZh}) {
            addAlias.reset();
            addAlias.bindAll(QString::fromUtf8(alias), id).run();
        }
        for (const char* alias : line.aliases) {
            addAlias.reset();
            addAlias.bindAll(QString::fromUtf8(alias), id).run();
        }
    }
}

} // namespace mixshift::StandardCatalog
