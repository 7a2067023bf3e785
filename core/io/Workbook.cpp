// One file, though long: everything here is one step, reading a workbook's cells as they show. Most of it is the
// small liborcus interface classes (shared strings, styles, sheet, formula, references, factory), each a few
// lines receiving one kind of callback into the raw cells; split out, they would need a header of internal
// types that nothing else uses. The shown-text step that follows them works on those same raw types.
#include "Workbook.h"

#include "NumberFormatCode.h"
#include "OdsValueCells.h"
#include "ZipDeclaredSize.h"

#include <orcus/format_detection.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <orcus/spreadsheet/styles.hpp>
#include <orcus/string_pool.hpp>

#include <QDate>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <stdexcept>

namespace mixshift {

namespace {

namespace ss = orcus::spreadsheet;

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A cell as the file gives it; its shown text is worked out once the styles are known.
struct RawCell
{
    enum class Kind { Text, SharedString, Number, Bool, DateTime, NoResult };
    int row = 0;
    int column = 0;
    Kind kind = Kind::Text;
    double number = 0;
    std::size_t stringIndex = 0;
    QString text;
    /// How the number shows when the file says so by the cell's type (an .ods percentage), not by its format.
    std::optional<ShownAs> shownAs;
};

// Thrown from inside the filter when a workbook holds more cells than an import can take: it stops the reading
// before memory runs out (ODS's repeated rows and cells, an array formula over whole columns).
struct TooManyCells : std::exception
{
};

// The cells a workbook may still give, shared by its sheets.
struct CellBudget
{
    std::size_t left = Workbook::maxCells;

    void take(std::size_t count)
    {
        if (count > left)
            throw TooManyCells();
        left -= count;
    }
};

// Where a cell may be: xlsx's and ods's largest sheet.
constexpr int maxRows = 1 << 20;
constexpr int maxColumns = 1 << 14;

bool inSheet(qint64 row, qint64 column)
{
    return row >= 0 && row < maxRows && column >= 0 && column < maxColumns;
}

struct RawSheet
{
    QString name;
    CellBudget* budget = nullptr;
    std::vector<RawCell> cells;

    RawCell& append(ss::row_t row, ss::col_t column, RawCell::Kind kind)
    {
        budget->take(1);
        RawCell& cell = cells.emplace_back();
        cell.row = row;
        cell.column = column;
        cell.kind = kind;
        return cell;
    }
    // Cell → xf (style) index; ranges for the formats ODS gives to whole columns.
    QHash<qint64, std::size_t> formats;
    struct FormatRange
    {
        ss::row_t firstRow, lastRow;
        ss::col_t firstColumn, lastColumn;
        std::size_t xf;
    };
    std::vector<FormatRange> formatRanges;
    std::vector<ss::range_t> merges;
};

qint64 cellKey(ss::row_t row, ss::col_t column)
{
    return (static_cast<qint64>(row) << 20) | column;
}

// Text as a sheet shows it in one line: a line break inside a cell (common in headers) is a space, so that a
// row stays one record.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

class SharedStrings final : public ss::iface::import_shared_strings
{
public:
    std::vector<QString> strings;

    std::size_t append(std::string_view s) override
    {
        strings.push_back(oneLine(fromUtf8(s)));
        return strings.size() - 1;
    }
    std::size_t add(std::string_view s) override { return append(s); }
    void set_segment_font(std::size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void append_segment(std::string_view s) override { m_segments += fromUtf8(s); }
    std::size_t commit_segments() override
    {
        strings.push_back(oneLine(std::exchange(m_segments, QString())));
        return strings.size() - 1;
    }

private:
    QString m_segments;
};

// orcus's own style store, told only what it needs: which number format each cell format (xf) uses. xlsx names
// a built-in format by its id alone; a custom one by an id with its code.
class NumberFormats final : public ss::import_styles
{
public:
    NumberFormats(ss::styles& styles, orcus::string_pool& pool) : ss::import_styles(styles, pool) {}

    void set_number_format_identifier(std::size_t id) override
    {
        m_pendingId = id;
        ss::import_styles::set_number_format_identifier(id);
    }
    void set_number_format_code(std::string_view s) override
    {
        m_pendingCode = fromUtf8(s);
        ss::import_styles::set_number_format_code(s);
    }
    std::size_t commit_number_format() override
    {
        const std::size_t index = ss::import_styles::commit_number_format();
        const ShownAs shown = NumberFormatCode::classify(m_pendingCode);
        m_byIndex[index] = shown;
        if (m_pendingId)
            m_byId[*m_pendingId] = shown;
        m_pendingId.reset();
        m_pendingCode.clear();
        return index;
    }
    void set_xf_number_format(std::size_t index) override
    {
        m_pendingXfFormat = index;
        ss::import_styles::set_xf_number_format(index);
    }
    std::size_t commit_cell_xf() override
    {
        const std::size_t xf = ss::import_styles::commit_cell_xf();
        m_xfFormat[xf] = std::exchange(m_pendingXfFormat, 0);
        return xf;
    }
    // A style's or a differential format's number format is not a cell format's: it must not carry over.
    std::size_t commit_cell_style_xf() override
    {
        m_pendingXfFormat = 0;
        return ss::import_styles::commit_cell_style_xf();
    }
    std::size_t commit_dxf() override
    {
        m_pendingXfFormat = 0;
        return ss::import_styles::commit_dxf();
    }

    /// What a cell of format `xf` shows a number as. xlsx's xf gives the format's id (a built-in one or a
    /// custom one declared with its code); ods's gives the index of a format committed with its code.
    ShownAs shownAs(std::size_t xf, bool xlsx) const
    {
        const auto format = m_xfFormat.find(xf);
        if (format == m_xfFormat.end())
            return ShownAs::Number;
        const std::size_t id = format->second;
        const auto& table = xlsx ? m_byId : m_byIndex;
        if (const auto known = table.find(id); known != table.end())
            return known->second;
        return xlsx ? NumberFormatCode::classifyBuiltin(static_cast<int>(id)) : ShownAs::Number;
    }

private:
    std::optional<std::size_t> m_pendingId;
    QString m_pendingCode;
    std::size_t m_pendingXfFormat = 0;
    std::map<std::size_t, ShownAs> m_byIndex;
    std::map<std::size_t, ShownAs> m_byId;
    std::map<std::size_t, std::size_t> m_xfFormat;
};

class SheetProperties final : public ss::iface::import_sheet_properties
{
public:
    explicit SheetProperties(RawSheet& sheet) : m_sheet(sheet) {}
    void set_column_width(ss::col_t, double, orcus::length_unit_t) override {}
    void set_column_hidden(ss::col_t, bool) override {}
    void set_row_height(ss::row_t, double, orcus::length_unit_t) override {}
    void set_row_hidden(ss::row_t, bool) override {}
    void set_merge_cell_range(const ss::range_t& range) override { m_sheet.merges.push_back(range); }

private:
    RawSheet& m_sheet;
};

// A formula cell: its saved result is its value; without one it is reported, never read as 0.
class Formula final : public ss::iface::import_formula
{
public:
    explicit Formula(RawSheet& sheet) : m_sheet(sheet) {}
    void set_position(ss::row_t row, ss::col_t col) override
    {
        m_cell = RawCell();
        m_cell.row = row;
        m_cell.column = col;
        m_cell.kind = RawCell::Kind::NoResult;
    }
    void set_formula(ss::formula_grammar_t, std::string_view formula) override { m_cell.text = fromUtf8(formula); }
    void set_shared_formula_index(std::size_t) override {}
    void set_result_string(std::string_view value) override
    {
        m_cell.kind = RawCell::Kind::Text;
        m_cell.text = oneLine(fromUtf8(value));
    }
    void set_result_value(double value) override
    {
        if (std::isnan(value))
            return; // what orcus gives for a formula saved without a result
        m_cell.kind = RawCell::Kind::Number;
        m_cell.number = value;
    }
    void set_result_bool(bool value) override
    {
        m_cell.kind = RawCell::Kind::Bool;
        m_cell.number = value ? 1 : 0;
    }
    void set_result_empty() override
    {
        m_cell.kind = RawCell::Kind::Text;
        m_cell.text.clear();
    }
    void commit() override
    {
        m_sheet.budget->take(1);
        m_sheet.cells.push_back(std::move(m_cell));
    }

private:
    RawSheet& m_sheet;
    RawCell m_cell;
};

class ArrayFormula final : public ss::iface::import_array_formula
{
public:
    explicit ArrayFormula(RawSheet& sheet) : m_sheet(sheet) {}
    void set_range(const ss::range_t& range) override
    {
        m_range = range;
        m_results.clear();
    }
    void set_formula(ss::formula_grammar_t, std::string_view formula) override { m_formula = fromUtf8(formula); }
    void set_result_string(ss::row_t row, ss::col_t col, std::string_view value) override
    {
        RawCell& cell = result(row, col);
        cell.kind = RawCell::Kind::Text;
        cell.text = oneLine(fromUtf8(value));
    }
    void set_result_value(ss::row_t row, ss::col_t col, double value) override
    {
        RawCell& cell = result(row, col);
        if (std::isnan(value))
            return;
        cell.kind = RawCell::Kind::Number;
        cell.number = value;
    }
    void set_result_bool(ss::row_t row, ss::col_t col, bool value) override
    {
        RawCell& cell = result(row, col);
        cell.kind = RawCell::Kind::Bool;
        cell.number = value ? 1 : 0;
    }
    void set_result_empty(ss::row_t row, ss::col_t col) override
    {
        RawCell& cell = result(row, col);
        cell.kind = RawCell::Kind::Text;
        cell.text.clear();
    }
    void commit() override
    {
        const qint64 rows = static_cast<qint64>(m_range.last.row) - m_range.first.row + 1;
        const qint64 columns = static_cast<qint64>(m_range.last.column) - m_range.first.column + 1;
        if (rows <= 0 || columns <= 0 || !inSheet(m_range.last.row, m_range.last.column) ||
            !inSheet(m_range.first.row, m_range.first.column))
            return;
        m_sheet.budget->take(static_cast<std::size_t>(rows * columns));
        for (ss::row_t row = m_range.first.row; row <= m_range.last.row; ++row)
            for (ss::col_t col = m_range.first.column; col <= m_range.last.column; ++col) {
                RawCell& cell = result(row, col);
                if (cell.kind == RawCell::Kind::NoResult)
                    cell.text = m_formula;
                m_sheet.cells.push_back(cell);
            }
    }

private:
    RawCell& result(ss::row_t row, ss::col_t col)
    {
        const auto [it, added] = m_results.try_emplace(cellKey(row, col));
        if (added) {
            it->second.row = row;
            it->second.column = col;
            it->second.kind = RawCell::Kind::NoResult;
        }
        return it->second;
    }

    RawSheet& m_sheet;
    ss::range_t m_range{};
    QString m_formula;
    std::map<qint64, RawCell> m_results;
};

class Sheet final : public ss::iface::import_sheet
{
public:
    explicit Sheet(RawSheet& sheet) : m_sheet(sheet), m_properties(sheet), m_formula(sheet), m_arrayFormula(sheet) {}

    ss::iface::import_sheet_properties* get_sheet_properties() override { return &m_properties; }
    ss::iface::import_formula* get_formula() override { return &m_formula; }
    ss::iface::import_array_formula* get_array_formula() override { return &m_arrayFormula; }

    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override
    {
        RawCell& cell = add(row, col, RawCell::Kind::Text);
        cell.text = oneLine(fromUtf8(s));
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t index) override
    {
        add(row, col, RawCell::Kind::SharedString).stringIndex = index;
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override
    {
        add(row, col, RawCell::Kind::Number).number = value;
    }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override
    {
        add(row, col, RawCell::Kind::Bool).number = value ? 1 : 0;
    }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour, int minute,
                       double second) override
    {
        const QDateTime at(QDate(year, month, day), QTime(hour, minute, static_cast<int>(second)));
        RawCell& cell = add(row, col, RawCell::Kind::DateTime);
        cell.text = hour == 0 && minute == 0 && second == 0 ? at.date().toString(Qt::ISODate)
                                                             : at.toString(Qt::ISODate);
    }
    void set_format(ss::row_t row, ss::col_t col, std::size_t xf) override
    {
        m_sheet.formats.insert(cellKey(row, col), xf);
    }
    void set_format(ss::row_t firstRow, ss::col_t firstColumn, ss::row_t lastRow, ss::col_t lastColumn,
                    std::size_t xf) override
    {
        m_sheet.formatRanges.push_back({firstRow, lastRow, firstColumn, lastColumn, xf});
    }
    void fill_down_cells(ss::row_t row, ss::col_t col, ss::row_t count) override
    {
        // ODS's repeated rows: copies of the row's cell in this column. The cell is among the last given (its
        // row is the one being read), so the search stops at the rows before it.
        const RawCell* source = nullptr;
        for (auto it = m_sheet.cells.rbegin(); it != m_sheet.cells.rend() && it->row >= row; ++it)
            if (it->row == row && it->column == col) {
                source = &*it;
                break;
            }
        if (!source || count <= 0 || !inSheet(static_cast<qint64>(row) + count, col))
            return;
        const RawCell copy = *source;
        const std::size_t xf = m_sheet.formats.value(cellKey(row, col), 0);
        for (ss::row_t r = row + 1; r <= row + count; ++r) {
            RawCell& cell = m_sheet.append(r, col, copy.kind);
            cell = copy;
            cell.row = r;
            if (xf)
                m_sheet.formats.insert(cellKey(r, col), xf);
        }
    }
    ss::range_size_t get_sheet_size() const override { return {1 << 20, 1 << 14}; }

private:
    RawCell& add(ss::row_t row, ss::col_t col, RawCell::Kind kind) { return m_sheet.append(row, col, kind); }

    RawSheet& m_sheet;
    SheetProperties m_properties;
    Formula m_formula;
    ArrayFormula m_arrayFormula;
};

class GlobalSettings final : public ss::iface::import_global_settings
{
public:
    QDate origin{1899, 12, 30};
    void set_origin_date(int year, int month, int day) override { origin = QDate(year, month, day); }
    void set_default_formula_grammar(ss::formula_grammar_t grammar) override { m_grammar = grammar; }
    ss::formula_grammar_t get_default_formula_grammar() const override { return m_grammar; }
    void set_character_set(orcus::character_set_t) override {}

private:
    ss::formula_grammar_t m_grammar = ss::formula_grammar_t::xlsx;
};

// Cell references in A1 style ("D5", "$A$1:$F$1", "Sheet1.A1"), as the filters ask for merged ranges and
// formula positions. The sheet part is not needed: every reference comes with the sheet it is read for.
class References final : public ss::iface::import_reference_resolver
{
public:
    ss::src_address_t resolve_address(std::string_view address) override
    {
        std::string_view rest = address;
        if (const auto dot = rest.find_last_of(".!"); dot != std::string_view::npos)
            rest.remove_prefix(dot + 1);
        ss::src_address_t result{0, 0, 0};
        int column = 0;
        int row = 0;
        bool letters = false;
        bool digits = false;
        for (const char c : rest) {
            if (c == '$' || c == '[' || c == ']')
                continue;
            if (c >= 'A' && c <= 'Z' && !digits) {
                column = column * 26 + (c - 'A' + 1);
                letters = true;
            } else if (c >= 'a' && c <= 'z' && !digits) {
                column = column * 26 + (c - 'a' + 1);
                letters = true;
            } else if (c >= '0' && c <= '9' && letters) {
                row = row * 10 + (c - '0');
                digits = true;
            } else {
                throw std::invalid_argument("not a cell reference");
            }
            if (column > (1 << 14) || row > (1 << 20))
                throw std::invalid_argument("cell reference out of range");
        }
        if (!letters || !digits)
            throw std::invalid_argument("not a cell reference");
        result.row = row - 1;
        result.column = column - 1;
        return result;
    }
    ss::src_range_t resolve_range(std::string_view range) override
    {
        const auto colon = range.find(':');
        if (colon == std::string_view::npos) {
            const ss::src_address_t one = resolve_address(range);
            return {one, one};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

class Factory final : public ss::iface::import_factory
{
public:
    Factory() : m_document({1 << 20, 1 << 14}), m_styles(m_document.get_styles(), m_document.get_string_pool()) {}

    ss::iface::import_global_settings* get_global_settings() override { return &settings; }
    ss::iface::import_shared_strings* get_shared_strings() override { return &strings; }
    ss::iface::import_styles* get_styles() override { return &m_styles; }
    ss::iface::import_reference_resolver* get_reference_resolver(ss::formula_ref_context_t) override
    {
        return &m_references;
    }
    ss::iface::import_sheet* append_sheet(ss::sheet_t, std::string_view name) override
    {
        RawSheet& raw = sheets.emplace_back();
        raw.name = fromUtf8(name);
        raw.budget = &budget;
        return m_sheetInterfaces.emplace_back(std::make_unique<Sheet>(raw)).get();
    }
    ss::iface::import_sheet* get_sheet(std::string_view name) override
    {
        const QString wanted = fromUtf8(name);
        for (std::size_t i = 0; i < sheets.size(); ++i)
            if (sheets[i].name == wanted)
                return m_sheetInterfaces[i].get();
        return nullptr;
    }
    ss::iface::import_sheet* get_sheet(ss::sheet_t index) override
    {
        return index >= 0 && static_cast<std::size_t>(index) < m_sheetInterfaces.size()
                   ? m_sheetInterfaces[static_cast<std::size_t>(index)].get()
                   : nullptr;
    }
    void finalize() override {}

    const NumberFormats& numberFormats() const { return m_styles; }

    GlobalSettings settings;
    SharedStrings strings;
    CellBudget budget;
    // A deque keeps each sheet where its interface points while more are appended.
    std::deque<RawSheet> sheets;

private:
    ss::document m_document;
    NumberFormats m_styles;
    References m_references;
    std::vector<std::unique_ptr<Sheet>> m_sheetInterfaces;
};

// The shortest text that reads back as the same double, without an exponent.
QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// The number as a percentage: its shortest decimal text with the point moved two places, so 0.399 shows as
// "39.9%" (multiplying by 100 first would show 39.900000000000006%).
QString percentText(double value)
{
    QString text = numberText(value);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    qsizetype point = text.indexOf(QLatin1Char('.'));
    if (point < 0)
        point = text.size();
    QString digits = text.left(point) + text.mid(point + 1);
    qsizetype newPoint = point + 2;
    while (digits.size() < newPoint)
        digits += QLatin1Char('0');
    QString whole = digits.left(newPoint);
    QString fraction = digits.mid(newPoint);
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole.remove(0, 1);
    const QString shifted = fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
    return (negative ? QStringLiteral("-") : QString()) + shifted + QLatin1Char('%');
}

// A serial date as the sheet shows it; a number no date can be (negative, past 9999) shows as the number, as a
// spreadsheet would not show it as a date either.
QString serialDateText(double serial, const QDate& origin, ShownAs shown)
{
    constexpr double lastSerial = 2958465; // 9999-12-31 in the 1900 system
    if (serial < 0 || serial > lastSerial)
        return numberText(serial);
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    qint64 days = totalSeconds / 86400;
    const int seconds = static_cast<int>(totalSeconds % 86400);
    // Excel counts a 29 February 1900 that never was: its serials before 1 March 1900 are a day ahead.
    if (origin == QDate(1899, 12, 30) && days < 61)
        ++days;
    const QDate date = origin.addDays(days);
    const QTime time = QTime(0, 0).addSecs(seconds);
    if (shown == ShownAs::Time)
        return time.toString(Qt::ISODate);
    if (shown == ShownAs::Date || seconds == 0)
        return date.toString(Qt::ISODate);
    return QDateTime(date, time).toString(Qt::ISODate);
}

std::size_t formatOf(const RawSheet& sheet, const RawCell& cell)
{
    if (const auto it = sheet.formats.constFind(cellKey(cell.row, cell.column)); it != sheet.formats.cend())
        return it.value();
    for (auto it = sheet.formatRanges.rbegin(); it != sheet.formatRanges.rend(); ++it)
        if (cell.row >= it->firstRow && cell.row <= it->lastRow && cell.column >= it->firstColumn &&
            cell.column <= it->lastColumn)
            return it->xf;
    return 0;
}

WorkbookSheet shown(RawSheet& raw, const Factory& factory, bool xlsx)
{
    WorkbookSheet sheet;
    sheet.name = raw.name;
    std::vector<RawCell>& cells = raw.cells; // sorted in place: a copy would double the sheet in memory
    // The last value given to a cell wins (a formula's result after a plain value of the same cell).
    std::stable_sort(cells.begin(), cells.end(), [](const RawCell& a, const RawCell& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i + 1 < cells.size() && cells[i + 1].row == cells[i].row && cells[i + 1].column == cells[i].column)
            continue;
        const RawCell& raw_cell = cells[i];
        if (!inSheet(raw_cell.row, raw_cell.column))
            continue;
        WorkbookCell cell;
        cell.row = raw_cell.row;
        cell.column = raw_cell.column;
        switch (raw_cell.kind) {
        case RawCell::Kind::Text:
        case RawCell::Kind::DateTime:
            cell.text = raw_cell.text;
            break;
        case RawCell::Kind::SharedString:
            cell.text = raw_cell.stringIndex < factory.strings.strings.size()
                            ? factory.strings.strings[raw_cell.stringIndex]
                            : QString();
            break;
        case RawCell::Kind::Bool:
            cell.text = raw_cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case RawCell::Kind::Number: {
            const ShownAs as = raw_cell.shownAs ? *raw_cell.shownAs
                                                : factory.numberFormats().shownAs(formatOf(raw, raw_cell), xlsx);
            if (!std::isfinite(raw_cell.number))
                cell.text = numberText(raw_cell.number);
            else if (as == ShownAs::Percent)
                cell.text = percentText(raw_cell.number);
            else if (as == ShownAs::Number)
                cell.text = numberText(raw_cell.number);
            else
                cell.text = serialDateText(raw_cell.number, factory.settings.origin, as);
            break;
        }
        case RawCell::Kind::NoResult:
            cell.problem = Workbook::tr("the formula %1 was saved without its result (open and save the workbook "
                                        "in a spreadsheet program to compute it)")
                               .arg(raw_cell.text.startsWith(QLatin1Char('=')) ? raw_cell.text
                                                                               : QLatin1Char('=') + raw_cell.text);
            break;
        }
        if (cell.text.isEmpty() && cell.problem.isEmpty())
            continue;
        sheet.rowCount = std::max(sheet.rowCount, cell.row + 1);
        sheet.columnCount = std::max(sheet.columnCount, cell.column + 1);
        sheet.cells.append(std::move(cell));
    }
    // A title merged across the table: the merged range's first cell is the row's only cell.
    QHash<int, int> cellsInRow;
    for (const WorkbookCell& c : sheet.cells)
        ++cellsInRow[c.row];
    QSet<qint64> occupied;
    for (const WorkbookCell& c : sheet.cells)
        occupied.insert(cellKey(c.row, c.column));
    QSet<int> titleRows;
    for (const ss::range_t& merge : raw.merges) {
        const int row = merge.first.row;
        if (merge.last.column > merge.first.column && cellsInRow.value(row) == 1 &&
            occupied.contains(cellKey(row, merge.first.column)))
            titleRows.insert(row);
    }
    sheet.mergedTitleRows = QVector<int>(titleRows.cbegin(), titleRows.cend());
    std::sort(sheet.mergedTitleRows.begin(), sheet.mergedTitleRows.end());
    return sheet;
}

Error tooManyCells(const QString& path)
{
    return Error(Workbook::tr("%1: more than %2 cells, more than an import can hold; import a smaller sheet or range")
                     .arg(path, QString::number(Workbook::maxCells)));
}

enum class BookFormat { Unknown, Xlsx, Ods, Xls };

BookFormat formatOf(const QByteArray& content)
{
    // The OLE2 compound-file signature of a legacy .xls.
    static const QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (content.startsWith(ole2))
        return BookFormat::Xls;
    if (!content.startsWith("PK"))
        return BookFormat::Unknown;
    try {
        switch (orcus::detect(reinterpret_cast<const unsigned char*>(content.constData()),
                              static_cast<std::size_t>(content.size()))) {
        case orcus::format_t::xlsx:
            return BookFormat::Xlsx;
        case orcus::format_t::ods:
            return BookFormat::Ods;
        default:
            return BookFormat::Unknown;
        }
    } catch (const std::exception&) {
        return BookFormat::Unknown;
    }
}

} // namespace

bool Workbook::isWorkbook(const QString& path)
{
    // By name too, so that a damaged workbook is refused as one rather than read as text.
    for (const char* suffix : {".xlsx", ".xlsm", ".ods", ".xls"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.peek(8);
    if (start.startsWith("\xD0\xCF\x11\xE0"))
        return true;
    if (!start.startsWith("PK"))
        return false;
    return formatOf(file.readAll()) != BookFormat::Unknown;
}

Workbook Workbook::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return read(path, file.readAll());
}

Workbook Workbook::read(const QString& path, const QByteArray& content)
{
    const BookFormat format = formatOf(content);
    if (format == BookFormat::Xls)
        throw Error(tr("%1: a legacy Excel 97–2003 workbook (.xls) is not read: the reader Debian packages for it "
                       "does not tell a percentage from a plain number. Save it as .xlsx or .ods and import that.")
                        .arg(path));
    if (format == BookFormat::Unknown)
        throw Error(tr("%1: not a readable .xlsx or .ods workbook (damaged, or another kind of file)").arg(path));
    if (zipDeclaredSize(content) > maxPartBytes)
        throw Error(tr("%1: a part of the workbook declares more than %2 MB, more than an import can hold (or the "
                       "file is damaged)")
                        .arg(path, QString::number(maxPartBytes >> 20)));

    Factory factory;
    try {
        const std::string_view stream(content.constData(), static_cast<std::size_t>(content.size()));
        if (format == BookFormat::Xlsx) {
            orcus::orcus_xlsx filter(&factory);
            filter.read_stream(stream);
        } else {
            orcus::orcus_ods filter(&factory);
            filter.read_stream(stream);
        }
    } catch (const TooManyCells&) {
        throw tooManyCells(path);
    } catch (const std::bad_alloc&) {
        // liborcus makes room for an array formula's whole range before it hands over a cell of it.
        throw tooManyCells(path);
    } catch (const std::exception& e) {
        throw Error(tr("%1: the workbook cannot be read: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }

    if (format == BookFormat::Ods) {
        // After the filter's cells, so that for a cell both give, this one (with its type) is the one kept.
        const OdsMissed missed = odsMissedCells(content, static_cast<qsizetype>(maxCells));
        for (const OdsMerge& m : missed.merges)
            if (m.sheet >= 0 && static_cast<std::size_t>(m.sheet) < factory.sheets.size())
                factory.sheets[static_cast<std::size_t>(m.sheet)].merges.push_back(
                    {{m.row, m.firstColumn}, {m.row, m.lastColumn}});
        for (const OdsValueCell& c : missed.cells) {
            if (c.sheet < 0 || static_cast<std::size_t>(c.sheet) >= factory.sheets.size() || !inSheet(c.row, c.column))
                continue;
            if (factory.budget.left == 0)
                throw tooManyCells(path);
            factory.budget.take(1);
            RawCell& cell = factory.sheets[static_cast<std::size_t>(c.sheet)].cells.emplace_back();
            cell.row = c.row;
            cell.column = c.column;
            cell.kind = c.isBool ? RawCell::Kind::Bool : RawCell::Kind::Number;
            cell.number = c.value;
            cell.shownAs = c.shownAs;
        }
    }

    Workbook book;
    book.m_path = path;
    for (RawSheet& raw : factory.sheets) {
        WorkbookSheet sheet = shown(raw, factory, format == BookFormat::Xlsx);
        if (static_cast<qint64>(sheet.rowCount) * sheet.columnCount > maxGridCells)
            throw Error(tr("%1: sheet '%2' spans %3 rows by %4 columns, more than an import can hold; delete the "
                           "cells far outside its table")
                            .arg(path, sheet.name, QString::number(sheet.rowCount),
                                 QString::number(sheet.columnCount)));
        book.m_sheets.append(std::move(sheet));
    }
    if (book.m_sheets.isEmpty())
        throw Error(tr("%1: the workbook has no sheets").arg(path));
    return book;
}

QStringList Workbook::sheetNames() const
{
    QStringList names;
    for (const WorkbookSheet& sheet : m_sheets)
        names << sheet.name;
    return names;
}

const WorkbookSheet& Workbook::sheet(const QString& name) const
{
    if (name.isEmpty())
        return m_sheets.front();
    for (const WorkbookSheet& sheet : m_sheets)
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return sheet;
    throw Error(tr("%1: no sheet '%2' (sheets: %3)").arg(m_path, name, sheetNames().join(QStringLiteral(", "))));
}

} // namespace mixshift
