#include "EncodingDetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace mixshift::EncodingDetector {

namespace {

// Length of a valid UTF-8 prefix, leaving out at most one sequence cut off by the end of the sample.
bool isUtf8(const QByteArray& bytes, bool wholeFile)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int continuation = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            continuation = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            continuation = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            continuation = 3;
        else
            return false;
        if (i + continuation >= size)
            return !wholeFile;
        for (int k = 1; k <= continuation; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += continuation + 1;
    }
    return true;
}

// UTF-16 without a byte-order mark: the high byte of every ASCII character (delimiters, digits, line breaks) is
// zero, so one of the two byte positions is often zero and the other almost never. Empty when it is not.
QByteArray bareUtf16(const QByteArray& sample)
{
    const qsizetype pairs = std::min<qsizetype>(sample.size() / 2, 4096);
    if (pairs < 2)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += sample[2 * i] == '\0';
        oddZeros += sample[2 * i + 1] == '\0';
    }
    const auto often = [pairs](qsizetype zeros) { return zeros * 4 >= pairs; };
    const auto rarely = [pairs](qsizetype zeros) { return zeros * 64 <= pairs; };
    QByteArray name;
    if (often(oddZeros) && rarely(evenZeros))
        name = QByteArrayLiteral("UTF-16LE");
    else if (often(evenZeros) && rarely(oddZeros))
        name = QByteArrayLiteral("UTF-16BE");
    else
        return {};
    QStringDecoder decoder(name.constData());
    (void)decoder.decode(sample);
    return decoder.hasError() ? QByteArray() : name;
}

// uchardet names some encodings differently from ICU, or by a narrower sibling; map them to what decodes best.
QByteArray decoderName(const QByteArray& detected)
{
    const QByteArray upper = detected.toUpper();
    if (upper == "GB2312" || upper == "GBK" || upper == "HZ-GB-2312" || upper == "GB18030")
        return QByteArrayLiteral("GB18030");
    if (upper == "BIG5" || upper == "BIG5-HKSCS" || upper == "EUC-TW")
        return QByteArrayLiteral("Big5");
    if (upper == "ASCII" || upper == "ISO-8859-1")
        return QByteArrayLiteral("windows-1252");
    if (upper == "UHC" || upper == "CP949")
        return QByteArrayLiteral("windows-949");
    return detected;
}

QByteArray uchardetGuess(const QByteArray& sample)
{
    const std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    uchardet_handle_data(detector.get(), sample.constData(), static_cast<size_t>(sample.size()));
    uchardet_data_end(detector.get());
    return decoderName(QByteArray(uchardet_get_charset(detector.get())));
}

// How a candidate's decoding is judged: by the script its multi-byte characters should be in, or, for a
// single-byte code page, by how its letters sit among ASCII.
enum class Judge { Unicode, Chinese, Japanese, Korean, SingleByte };

struct Weighed
{
    const char* name;
    Judge judge;
};

// In the order that wins a tie: mainland files first, then the other CJK encodings, then the code pages.
constexpr Weighed weighedEncodings[] = {
    {"UTF-8", Judge::Unicode},           {"GB18030", Judge::Chinese},         {"Big5", Judge::Chinese},
    {"Shift_JIS", Judge::Japanese},      {"EUC-KR", Judge::Korean},           {"windows-1252", Judge::SingleByte},
    {"windows-1251", Judge::SingleByte}, {"windows-1250", Judge::SingleByte},
};

// An encoding uchardet names that is not among weighedEncodings is judged by its kind.
Judge judgeFor(const QByteArray& name)
{
    const QByteArray upper = name.toUpper();
    if (upper.contains("JP") || upper.contains("JIS"))
        return Judge::Japanese;
    if (upper.contains("KR") || upper.contains("949"))
        return Judge::Korean;
    if (upper.startsWith("GB") || upper.contains("BIG5") || upper.contains("TW") || upper.contains("HZ"))
        return Judge::Chinese;
    if (upper.startsWith("UTF"))
        return Judge::Unicode;
    return Judge::SingleByte;
}

// Frequent characters of Chinese text, simplified and traditional (with the words of financial statements and
// quote lists). Text in its own encoding hits them most of the time; Big5 bytes read as GBK, or GBK bytes read
// as Big5, land on them only by chance (a few to twenty times in a hundred).
const char commonHanzi[] =
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所"
    "然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与"
    "长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己"
    "制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系"
    "气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社"
    "便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉"
    "格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令"
    "准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官"
    "火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费"
    "号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音"
    "跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友"
    "诉止细愿千值仍男钱破网热助倒育属坐限船职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳"
    "若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略"
    "范竟句室异激汉村亿润净盈销售季债额码盘涨跌幅均换税费账币汇扣减累融筹贷款腾讯软谷歌顺丰控券沪深港板"
    "這個們來為國說時會對發後過經麼學現當沒動進還樣裡實軍無與長機關點業將兩間問應戰頭體見產門開從種內給兒東聲員處"
    "義條係氣題爾別變總電數報結萬場資計許統區隊則書聽難權傳師觀讓識帶導爭運飛風聯組濟車親極辦議證轉準遠單羅愛擊備"
    "連調質團價黨華級離況亞請際約復線斷滿視須寫稱嗎歷醫專費號盡較語僅隨選紅響雖勢參眾構節維劃敵陳態護興驗責營夠嚴"
    "續講終緊黃絕項織鬥雙紀採舉殺蘇訴細願錢網熱屬職樂剛狀獨彈創錯試腦預誰陽繼驚傷藥適衛險陸習勞財環納歡獲負雲遊龍"
    "樹層衝範異漢億潤淨銷債額碼盤漲換匯減帳幣騰訊軟順豐滬廠標據測圖廣顯類園裝農輕術領確話設記務論決歲島腳壓銀買養"
    "懷執亂幫優鐵稅藝陣惡塊頓評寶釋顧貨鐘臺灣積鴻";

// Frequent hangul syllables, for the same test on Korean.
const char commonHangul[] = "이다는의에하고가을를지서기사한로으도자대리수인일시니정전해아주국나보어여우부제위상장게원동면만"
                            "성과회라들소경적연신것요구비세선년월억매출액영업익명날짜종목코드금융분순";

std::vector<char32_t> sortedCodePoints(const char* utf8)
{
    const QList<uint> ucs4 = QString::fromUtf8(utf8).toUcs4();
    std::vector<char32_t> points(ucs4.cbegin(), ucs4.cend());
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

bool isCommonHanzi(char32_t c)
{
    static const std::vector<char32_t> points = sortedCodePoints(commonHanzi);
    return std::binary_search(points.cbegin(), points.cend(), c);
}

bool isCommonHangul(char32_t c)
{
    static const std::vector<char32_t> points = sortedCodePoints(commonHangul);
    return std::binary_search(points.cbegin(), points.cend(), c);
}

bool inRange(char32_t c, char32_t low, char32_t high)
{
    return c >= low && c <= high;
}

// What no text holds: replacement characters and SUB (what decoders put for invalid bytes), C1 controls (what
// code pages give for their unassigned bytes), private-use characters (what GB18030 and Big5 give for theirs),
// unpaired surrogates.
bool isNotText(char32_t c)
{
    return c == 0xFFFD || c == 0x1A || inRange(c, 0x80, 0x9F) || inRange(c, 0xD800, 0xDFFF) ||
           inRange(c, 0xE000, 0xF8FF) || c >= 0xF0000;
}

bool isIdeograph(char32_t c)
{
    return inRange(c, 0x4E00, 0x9FFF) || inRange(c, 0x3400, 0x4DBF) || inRange(c, 0xF900, 0xFAFF) ||
           inRange(c, 0x20000, 0x3FFFF);
}

bool isAsciiLetter(char32_t c)
{
    return inRange(c, 'a', 'z') || inRange(c, 'A', 'Z');
}

// Punctuation of single-byte code pages that sits beside letters in real text (’ “ ” – — … € « » ° no-break
// space): it ends a run of letters instead of joining it.
bool isTypographic(char32_t c)
{
    return c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB0 || inRange(c, 0x2000, 0x20CF) || c == 0x2116 ||
           c == 0x2122;
}

// What one decoding of the sample holds beyond ASCII.
struct Reading
{
    int nonAscii = 0;
    int invalid = 0;
    int ideographs = 0;
    int commonIdeographs = 0;
    int kana = 0;
    int hangul = 0;
    int accentedLetters = 0;
    int otherLetters = 0;
    int unlikelySequences = 0;
    /// About 1 for each character the decoding should hold, less for rare ones, 0 for out-of-place ones.
    double plausible = 0;
    /// Characters in unlikely sequences.
    int unlikely = 0;

    double score() const
    {
        if (nonAscii == 0)
            return 1;
        return (plausible - 3.0 * invalid - unlikely) / nonAscii;
    }
};

QList<uint> codePoints(const QByteArray& sample, const QByteArray& encoding, bool& error)
{
    QStringDecoder decoder(encoding.constData());
    const QString text = decoder.decode(sample);
    error = decoder.hasError();
    return text.toUcs4();
}

void readMultiByte(const QList<uint>& text, Judge judge, Reading& r)
{
    for (const char32_t c : text) {
        if (c < 0x80 && c != 0x1A)
            continue;
        ++r.nonAscii;
        if (isNotText(c)) {
            ++r.invalid;
        } else if (isIdeograph(c)) {
            ++r.ideographs;
            const bool common = isCommonHanzi(c);
            r.commonIdeographs += common;
            r.plausible += common ? 1.0 : 0.4;
        } else if (inRange(c, 0x3040, 0x30FF) || inRange(c, 0x31F0, 0x31FF)) {
            ++r.kana;
            r.plausible += judge == Judge::Japanese ? 1.0 : 0.0;
        } else if (inRange(c, 0xFF61, 0xFF9F)) {
            // Half-width katakana: rare in real files, and what GBK and Big5 lead bytes become in Shift_JIS.
            ++r.kana;
            r.plausible += judge == Judge::Japanese ? 0.3 : 0.0;
        } else if (inRange(c, 0xAC00, 0xD7A3)) {
            ++r.hangul;
            if (judge == Judge::Korean)
                r.plausible += isCommonHangul(c) ? 1.0 : 0.4;
        } else if (inRange(c, 0x3000, 0x303F) || inRange(c, 0xFF01, 0xFF60) || inRange(c, 0xFFE0, 0xFFE6)) {
            r.plausible += 0.5;
        } else if (judge == Judge::Unicode) {
            r.plausible += 1.0;
        }
    }
}

// A run of characters beyond ASCII between ASCII (or typographic) characters. Accented Latin letters come one
// to three at a time inside words (café, Müller, Zażółć); other alphabets in whole words apart from ASCII
// letters, capitalised as words are (Выручка, ОАО). Longer runs, or runs mixing symbols, are multi-byte text
// read byte by byte ("Ã¤Â", "Ë³·á¿Ø").
void judgeRun(const QList<uint>& text, qsizetype begin, qsizetype end, Reading& r)
{
    const qsizetype n = end - begin;
    bool allLatin = true;
    bool allLetters = true;
    bool caseFlip = false;
    bool restLower = true;
    bool allUpper = true;
    QChar::Script script = QChar::Script_Unknown;
    bool oneScript = true;
    for (qsizetype i = begin; i < end; ++i) {
        const char32_t c = text[i];
        allLetters = allLetters && QChar::isLetter(c);
        const QChar::Script s = QChar::script(c);
        allLatin = allLatin && s == QChar::Script_Latin;
        if (i == begin)
            script = s;
        oneScript = oneScript && s == script;
        caseFlip = caseFlip || (i > begin && QChar::isLower(text[i - 1]) && QChar::isUpper(c));
        restLower = restLower && (i == begin || !QChar::isUpper(c));
        allUpper = allUpper && !QChar::isLower(c);
    }
    const bool touchesAsciiLetter =
        (begin > 0 && isAsciiLetter(text[begin - 1])) || (end < text.size() && isAsciiLetter(text[end]));
    if (allLetters && allLatin && n <= 3 && !caseFlip) {
        r.accentedLetters += static_cast<int>(n);
        r.plausible += 1.0; // one letter, or a few that share a word (Zażółć)
    } else if (allLetters && !allLatin && oneScript && (restLower || allUpper) && !touchesAsciiLetter) {
        r.otherLetters += static_cast<int>(n);
        r.plausible += static_cast<double>(n);
    } else if (n == 1 && !allLetters) {
        r.plausible += 0.5; // a lone symbol: £, §, ²
    } else {
        ++r.unlikelySequences;
        r.unlikely += static_cast<int>(n);
    }
}

void readSingleByte(const QList<uint>& text, Reading& r)
{
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char32_t c = i < text.size() ? char32_t(text[i]) : 0;
        const bool beyondAscii = c >= 0x80 || c == 0x1A;
        const bool inRun = beyondAscii && !isNotText(c) && !isTypographic(c);
        if (inRun) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        if (runStart >= 0) {
            r.nonAscii += static_cast<int>(i - runStart);
            judgeRun(text, runStart, i, r);
            runStart = -1;
        }
        if (beyondAscii) {
            ++r.nonAscii;
            if (isNotText(c))
                ++r.invalid;
            else
                r.plausible += 0.5;
        }
    }
}

// One phrase: what decoding gave, then what was counted, each count appended to the phrase so far (%1).
QString evidence(const Reading& r, Judge judge)
{
    QString text = r.invalid == 0
                       ? QCoreApplication::translate("EncodingDetector", "decodes cleanly")
                       : QCoreApplication::translate("EncodingDetector", "%1 undecodable or unassigned bytes").arg(r.invalid);
    switch (judge) {
    case Judge::Unicode:
        if (r.invalid == 0)
            text = r.nonAscii == 0
                       ? QCoreApplication::translate("EncodingDetector", "only ASCII characters, read as UTF-8")
                       : QCoreApplication::translate("EncodingDetector", "valid UTF-8; %1 characters beyond ASCII")
                             .arg(r.nonAscii);
        break;
    case Judge::Chinese:
    case Judge::Japanese:
    case Judge::Korean:
        text = QCoreApplication::translate("EncodingDetector", "%1; %2 CJK ideographs (%3 common)")
                   .arg(text, QString::number(r.ideographs), QString::number(r.commonIdeographs));
        if (r.kana > 0 || judge == Judge::Japanese)
            text = QCoreApplication::translate("EncodingDetector", "%1, %2 kana").arg(text, QString::number(r.kana));
        if (r.hangul > 0 || judge == Judge::Korean)
            text = QCoreApplication::translate("EncodingDetector", "%1, %2 hangul").arg(text, QString::number(r.hangul));
        break;
    case Judge::SingleByte:
        text = QCoreApplication::translate("EncodingDetector", "%1; %2 accented letters")
                   .arg(text, QString::number(r.accentedLetters));
        if (r.otherLetters > 0)
            text = QCoreApplication::translate("EncodingDetector", "%1, %2 letters of other alphabets")
                       .arg(text, QString::number(r.otherLetters));
        text = QCoreApplication::translate("EncodingDetector", "%1, %2 unlikely Latin sequences")
                   .arg(text, QString::number(r.unlikelySequences));
        break;
    }
    return text;
}

EncodingCandidate weigh(const QByteArray& sample, const QByteArray& name, Judge judge)
{
    bool error = false;
    const QList<uint> text = codePoints(sample, name, error);
    Reading r;
    if (judge == Judge::SingleByte)
        readSingleByte(text, r);
    else
        readMultiByte(text, judge, r);
    // A decoder may flag an error without leaving a mark in the text.
    if (error && r.invalid == 0) {
        ++r.invalid;
        ++r.nonAscii;
    }
    return {name, r.score(), evidence(r, judge)};
}

DetectedEncoding single(const char* name, const QString& basis)
{
    const QByteArray encoding(name);
    return {encoding, basis, {EncodingCandidate{encoding, 1.0, basis}}};
}

} // namespace

DetectedEncoding detect(const QByteArray& sample, bool wholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return single("UTF-8", QCoreApplication::translate("EncodingDetector", "UTF-8 byte-order mark"));
    if (sample.startsWith("\xFF\xFE"))
        return single("UTF-16LE", QCoreApplication::translate("EncodingDetector", "UTF-16 little-endian byte-order mark"));
    if (sample.startsWith("\xFE\xFF"))
        return single("UTF-16BE", QCoreApplication::translate("EncodingDetector", "UTF-16 big-endian byte-order mark"));
    const QByteArray utf16 = bareUtf16(sample);
    if (!utf16.isEmpty())
        return single(utf16.constData(),
                      utf16.endsWith("LE")
                          ? QCoreApplication::translate("EncodingDetector",
                                                        "no byte-order mark, but the ASCII characters are little-endian "
                                                        "UTF-16")
                          : QCoreApplication::translate("EncodingDetector",
                                                        "no byte-order mark, but the ASCII characters are big-endian "
                                                        "UTF-16"));

    // uchardet's statistics break near-ties among the usual encodings; one it adds must read better on its own.
    QByteArray guess = uchardetGuess(sample);
    QVector<EncodingCandidate> candidates;
    bool guessWeighed = false;
    for (const Weighed& w : weighedEncodings) {
        candidates.append(weigh(sample, QByteArray(w.name), w.judge));
        if (guess.compare(w.name, Qt::CaseInsensitive) == 0) {
            guess = QByteArray(w.name); // uchardet spells some in capitals
            guessWeighed = true;
            candidates.back().score += 0.05;
        }
    }
    if (!guess.isEmpty() && !guessWeighed && QStringDecoder(guess.constData()).isValid())
        candidates.append(weigh(sample, guess, judgeFor(guess)));
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const EncodingCandidate& a, const EncodingCandidate& b) { return a.score > b.score; });

    if (isUtf8(sample, wholeFile)) {
        const auto utf8 = std::find_if(candidates.begin(), candidates.end(),
                                       [](const EncodingCandidate& c) { return c.name == "UTF-8"; });
        std::rotate(candidates.begin(), utf8, utf8 + 1);
        return {candidates.front().name, candidates.front().evidence, candidates};
    }
    const EncodingCandidate& best = candidates.front();
    QString basis;
    if (guess.isEmpty())
        basis = QCoreApplication::translate("EncodingDetector", "%1; uchardet had no guess").arg(best.evidence);
    else if (best.name == guess)
        basis = QCoreApplication::translate("EncodingDetector", "%1; uchardet agrees").arg(best.evidence);
    else
        basis = QCoreApplication::translate("EncodingDetector", "%1; uchardet said %2")
                    .arg(best.evidence, QString::fromLatin1(guess));
    return {best.name, basis, candidates};
}

} // namespace mixshift::EncodingDetector
