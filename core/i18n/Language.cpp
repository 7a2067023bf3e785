#include "i18n/Language.h"

#include "Error.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace mixshift::Language {

namespace {

const QString english = QStringLiteral("en");
const QString simplified = QStringLiteral("zh_CN");
const QString traditional = QStringLiteral("zh_TW");

/// The translators install() put in, owned here so that the next install() can take them out again.
struct Installed
{
    QString code = english;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& current()
{
    static Installed installed;
    return installed;
}

/// Loads and installs a translation file; nothing when it is not there (Qt's own are a separate package).
void load(const QString& file, const QString& directory = {})
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return;
    QCoreApplication::installTranslator(translator.get());
    current().translators.push_back(std::move(translator));
}

} // namespace

QStringList codes()
{
    return {english, simplified, traditional};
}

QString nativeName(const QString& code)
{
    if (code == simplified)
        return QStringLiteral("简体中文");
    if (code == traditional)
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString forLocale(const QLocale& locale)
{
    if (locale.language() != QLocale::Chinese)
        return english;
    const bool traditionalScript = locale.script() == QLocale::TraditionalChineseScript ||
                                   (locale.script() == QLocale::AnyScript &&
                                    (locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong ||
                                     locale.territory() == QLocale::Macao));
    return traditionalScript ? traditional : simplified;
}

QString takeOption(QStringList& arguments)
{
    static const QString option = QStringLiteral("--lang");
    QString code;
    for (int i = 1; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == option) {
            if (i + 1 >= arguments.size())
                throw Error(QStringLiteral("--lang needs a language: %1").arg(codes().join(QStringLiteral(", "))));
            code = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(option + QLatin1Char('='))) {
            code = argument.mid(option.size() + 1);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (!code.isEmpty() && !codes().contains(code))
        throw Error(QStringLiteral("--lang: '%1' is not a language of MixShift; choose %2")
                        .arg(code, codes().join(QStringLiteral(", "))));
    return code;
}

void install(const QString& code)
{
    Installed& installed = current();
    for (const auto& translator : installed.translators)
        QCoreApplication::removeTranslator(translator.get());
    installed.translators.clear();
    const QLocale system = QLocale::system();
    installed.code = code.isEmpty() ? forLocale(system) : codes().contains(code) ? code : english;
    if (forLocale(system) == installed.code)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(installed.code == english ? QStringLiteral("en_US") : installed.code));
    if (installed.code == english)
        return;

    load(QStringLiteral("qtbase_") + installed.code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Installed last, so consulted first: where both have a text, ours wins.
    load(QStringLiteral(":/i18n/mixshift_") + installed.code);
}

QString installed()
{
    return current().code;
}

} // namespace mixshift::Language
