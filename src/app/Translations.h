// Installs Tokenwise's own and Qt's translations for the chosen or the system's language.
#pragma once

#include <QString>

namespace tokenwise {

// Installs the translators on the running QCoreApplication, replacing any this function installed before.
// A non-empty override ("de", "ja", "zh_CN", "en") wins; an empty one follows QLocale::system().uiLanguages()
// in order (LANGUAGE, then LC_ALL/LC_MESSAGES/LANG on Linux), so the first language that is English or has
// a translation decides. Unknown languages leave the English source strings; nothing is reported as an error.
// Qt's own qtbase translation is added for the same language when the system has it.
void installTranslations(const QString &languageOverride);

} // namespace tokenwise
