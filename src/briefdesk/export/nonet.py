"""Run LibreOffice with no network: a template that slipped past the checks still cannot fetch.

Measured with the handed hyperlink-typed-image.docx against a local HTTP server: plain
``soffice --convert-to pdf`` fetched the picture twice; inside a new network namespace
(``unshare -rn``) it made no request and still wrote the PDF. Where namespaces are not allowed,
LibreOffice's own ``BlockUntrustedRefererLinks`` setting (also no request in the same test) is
written into the throw-away profile; it is written in every case, as a second fence.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


@functools.cache
def no_network_prefix() -> tuple[str, ...]:
    """``("unshare", "-rn")`` when this system lets us drop the network; else nothing."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    for flags in ("-rn", "-n"):
        try:
            done = subprocess.run(
                [unshare, flags, "true"], capture_output=True, timeout=10, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return (unshare, flags)
    return ()


def prepare_profile(profile: Path) -> None:
    """Seed a fresh LibreOffice profile with settings that block remote links."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
