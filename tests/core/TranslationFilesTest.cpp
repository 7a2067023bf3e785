// The translation files are complete and sound: every text has a finished translation that keeps its
// placeholders and accelerator, and the Traditional Chinese file is written in Taiwan's terms, not converted from
// the Simplified one.
#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty when done
    bool numerus = false;
};

std::vector<Message> readTs(const QString& language)
{
    QFile file(QDir(QStringLiteral(MIXSHIFT_SOURCE_DIR "/resources/translations"))
                   .filePath(QStringLiteral("mixshift_%1.ts").arg(language)));
    BOOST_TEST_REQUIRE(file.open(QIODevice::ReadOnly), file.fileName().toStdString());
    std::vector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.push_back({context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")});
        } else if (xml.name() == QLatin1String("source") && !messages.empty()) {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.empty()) {
            messages.back().type = xml.attributes().value(QLatin1String("type")).toString();
            messages.back().translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    BOOST_TEST_REQUIRE(!xml.hasError(), xml.errorString().toStdString());
    return messages;
}

/// The %1, %L2, %n a text fills in, sorted: a translation must fill in the same.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    return found;
}

/// Whether a menu text marks a key (&File); "&&" is an ampersand.
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^& ]"));
    return pattern.match(QString(text).replace(QStringLiteral("&&"), QString())).hasMatch();
}

std::string where(const Message& message)
{
    return (message.context + QStringLiteral(": ") + message.source).toStdString();
}

void checkComplete(const QString& language)
{
    const std::vector<Message> messages = readTs(language);
    BOOST_TEST_REQUIRE(messages.size() > 500u, "lupdate has filled " << language.toStdString());
    for (const Message& message : messages) {
        BOOST_TEST_CONTEXT(language.toStdString() << " " << where(message))
        {
            BOOST_TEST(message.type.isEmpty(), "unfinished: " << message.type.toStdString());
            BOOST_TEST(!message.translation.trimmed().isEmpty());
            if (message.numerus)
                continue;
            BOOST_TEST(placeholders(message.translation) == placeholders(message.source),
                       "placeholders " << placeholders(message.translation).join(u' ').toStdString());
            if (hasAccelerator(message.source))
                BOOST_TEST(hasAccelerator(message.translation), "the accelerator key is lost");
        }
    }
}

/// The characters of `text` found in `characters`.
QString foundIn(const QString& text, const QString& characters)
{
    QString found;
    for (const QChar c : text)
        if (characters.contains(c) && !found.contains(c))
            found += c;
    return found;
}

bool anyTranslationContains(const std::vector<Message>& messages, const QString& term)
{
    return std::any_of(messages.begin(), messages.end(),
                       [&](const Message& message) { return message.translation.contains(term); });
}

} // namespace

BOOST_AUTO_TEST_SUITE(translation_files)

BOOST_AUTO_TEST_CASE(simplified_chinese_is_complete)
{
    checkComplete(QStringLiteral("zh_CN"));
}

BOOST_AUTO_TEST_CASE(traditional_chinese_is_complete)
{
    checkComplete(QStringLiteral("zh_TW"));
}

BOOST_AUTO_TEST_CASE(both_files_translate_the_same_texts)
{
    auto keys = [](const std::vector<Message>& messages) {
        QStringList all;
        for (const Message& message : messages)
            all << message.context + QLatin1Char('\n') + message.source;
        all.sort();
        return all;
    };
    BOOST_TEST(keys(readTs(QStringLiteral("zh_CN"))) == keys(readTs(QStringLiteral("zh_TW"))));
}

// Characters that exist only in the simplified script (their traditional forms differ), and the other way round;
// 億元 is written 亿元 in the Simplified file too (the importer reads both).
BOOST_AUTO_TEST_CASE(each_file_is_in_its_own_script)
{
    const QString simplifiedOnly = QStringLiteral("导这们为数据设认时间图钮帮删从选项开关闭档载录计额务亿万");
    const QString traditionalOnly = QStringLiteral("導這們為數據設認時間圖鈕幫刪從選項開關閉檔載錄計額務億萬");
    for (const Message& message : readTs(QStringLiteral("zh_TW"))) {
        const QString found = foundIn(message.translation, simplifiedOnly);
        BOOST_TEST(found.isEmpty(), "simplified characters " << found.toStdString() << " in zh_TW " << where(message));
    }
    for (const Message& message : readTs(QStringLiteral("zh_CN"))) {
        const QString found = foundIn(message.translation, traditionalOnly);
        BOOST_TEST(found.isEmpty(), "traditional characters " << found.toStdString() << " in zh_CN " << where(message));
    }
}

// Taiwan's words, not the mainland's written in traditional characters: 檔案 (file), 匯入 (import), 說明 (help),
// 設定 (settings); never 文件夾, 導入, 幫助, 默認, 菜單, 信息.
BOOST_AUTO_TEST_CASE(traditional_chinese_uses_taiwan_terms)
{
    const std::vector<Message> traditional = readTs(QStringLiteral("zh_TW"));
    for (const QString& term : {QStringLiteral("檔案"), QStringLiteral("匯入"), QStringLiteral("說明"), QStringLiteral("設定")})
        BOOST_TEST(anyTranslationContains(traditional, term), term.toStdString());
    for (const QString& term : {QStringLiteral("文件夾"), QStringLiteral("導入"), QStringLiteral("幫助"),
                                QStringLiteral("默認"), QStringLiteral("菜單"), QStringLiteral("信息")})
        BOOST_TEST(!anyTranslationContains(traditional, term), term.toStdString());
    const std::vector<Message> simplified = readTs(QStringLiteral("zh_CN"));
    for (const QString& term : {QStringLiteral("文件"), QStringLiteral("导入"), QStringLiteral("帮助")})
        BOOST_TEST(anyTranslationContains(simplified, term), term.toStdString());
}

BOOST_AUTO_TEST_SUITE_END()
