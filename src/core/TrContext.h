// Names the translation context of a file's local tr() helper, for lupdate; expands to nothing.
#pragma once

// A file that translates through a local helper, `tr(text)` calling QCoreApplication::translate("Ctx", text),
// states that context once at file scope, after the includes:
//
//     TOKENWISE_TR_CONTEXT(Ctx)
//
// lupdate runs with `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=TOKENWISE_TR_CONTEXT`
// (src/app/CMakeLists.txt) and so files every tr("…") of that file that is not inside a QObject class under
// "Ctx". Without the marker it files them under the enclosing namespace ("tokenwise::cli"), a context nothing
// looks up at run time, and they are never translated. It must stand at file scope: lupdate ignores it inside
// a namespace that a header opened. tools/check-translations.py fails when a helper has no marker or the two
// names differ.
#define TOKENWISE_TR_CONTEXT(context)
