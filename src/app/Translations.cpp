// Translation loading: the embedded :/i18n/tokenwise_<lang>.qm plus Qt's qtbase_<lang>.qm when installed.
#include "app/Translations.h"

#include "app/AppLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace tokenwise {

namespace {

// Owned by the application object; kept so that a second call replaces rather than stacks them.
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&s_appTranslator, &s_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

QStringList candidateLanguages(const QString &languageOverride)
{
    const QString chosen = languageOverride.trimmed();
    if (!chosen.isEmpty())
        return {chosen};
    return QLocale::system().uiLanguages();
}

} // namespace

void installTranslations(const QString &languageOverride)
{
    Q_ASSERT(QCoreApplication::instance());
    removeInstalled();

    for (QString language : candidateLanguages(languageOverride)) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QLocale locale(language);
        // English is the source language: an English entry ahead of others means "no translation".
        if (locale.language() == QLocale::English)
            break;
        // QLocale("xx") falls back to the C locale; there is nothing to load for it.
        if (locale.language() == QLocale::C)
            continue;
        auto *appTranslator = new QTranslator(QCoreApplication::instance());
        if (!appTranslator->load(locale, QStringLiteral("tokenwise"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"))) {
            delete appTranslator;
            continue;
        }
        QCoreApplication::installTranslator(appTranslator);
        s_appTranslator = appTranslator;
        qCDebug(lcApp) << "translation" << appTranslator->filePath() << "for" << language;

        auto *qtTranslator = new QTranslator(QCoreApplication::instance());
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
            s_qtTranslator = qtTranslator;
        } else {
            delete qtTranslator;
        }
        return;
    }
    if (!languageOverride.trimmed().isEmpty())
        qCDebug(lcApp) << "no translation for" << languageOverride << "- using English";
}

} // namespace tokenwise
