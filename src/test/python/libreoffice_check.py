"""LibreOffice's own LanguageTool client against a shuzhi server.

Usage: /usr/bin/python3 libreoffice_check.py PIPE BASE_URL TEXTS.json > OUT.json

Connects to a LibreOffice started with --accept="pipe,name=PIPE;urp;", sets its LanguageTool options as
Tools > Options > Language Settings > LanguageTool Server does (base URL, enabled), and hands each text to
LibreOffice's LanguageTool grammar checker as Writer hands it a paragraph. LibreOffice itself asks
BASE_URL/languages and BASE_URL/check and parses the answers; printed are the locales it then supports and,
per text, the errors it would underline: {"locales": [...], "checks": [[{start, length, short, full}, ...], ...]}.
"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

pipe, base, texts_file = sys.argv[1:4]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = None
for _ in range(120):
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception:
        time.sleep(0.5)
if ctx is None:
    sys.exit("LibreOffice did not answer on pipe " + pipe)
smgr = ctx.ServiceManager
provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
node = PropertyValue()
node.Name, node.Value = "nodepath", "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"
options = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (node,))
options.setPropertyValue("BaseURL", base)
options.setPropertyValue("IsEnabled", True)
options.commitChanges()

checker = smgr.createInstanceWithContext("org.openoffice.lingu.LanguageToolGrammarChecker", ctx)
out = {"locales": ["%s-%s" % (l.Language, l.Country) for l in checker.getLocales()], "checks": []}
with open(texts_file, encoding="utf-8") as f:
    for text in json.load(f):
        result = checker.doProofreading("shuzhi-test", text, Locale("zh", "CN", ""), 0, len(text), ())
        out["checks"].append([{"start": e.nErrorStart, "length": e.nErrorLength, "short": e.aShortComment,
                               "full": e.aFullComment} for e in result.aErrors])
sys.stdout.write(json.dumps(out, ensure_ascii=False))
