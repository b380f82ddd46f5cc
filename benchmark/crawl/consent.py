"""Find a cookie-consent wall, name its vendor, and refuse it (else accept) to see the page."""

from __future__ import annotations

import asyncio
from typing import Any

from playwright.async_api import Page

# Known consent platforms: banner root, refuse buttons, accept buttons, tell-tale globals.
# Order matters: many of them also define the IAB `__tcfapi`, so plain `tcf` comes last.
VENDORS: list[dict[str, Any]] = [
    {"name": "onetrust", "root": "#onetrust-consent-sdk, #onetrust-banner-sdk",
     "reject": ["#onetrust-reject-all-handler"], "accept": ["#onetrust-accept-btn-handler"],
     "globals": ["OneTrust", "Optanon"]},
    {"name": "didomi", "root": "#didomi-host, #didomi-notice",
     "reject": ["#didomi-notice-disagree-button", ".didomi-continue-without-agreeing"],
     "accept": ["#didomi-notice-agree-button"], "globals": ["Didomi"]},
    {"name": "axeptio", "root": "#axeptio_overlay, .axeptio_mount, .axeptio_widget",
     "reject": ["#axeptio_btn_dismiss"], "accept": ["#axeptio_btn_acceptAll"],
     "globals": ["__axeptioSDK", "axeptioSettings"]},
    {"name": "cookiebot", "root": "#CybotCookiebotDialog",
     "reject": ["#CybotCookiebotDialogBodyButtonDecline"],
     "accept": ["#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll",
                "#CybotCookiebotDialogBodyButtonAccept"], "globals": ["Cookiebot"]},
    {"name": "quantcast", "root": "#qc-cmp2-container, .qc-cmp2-container, #qc-cmp2-ui",
     "reject": [".qc-cmp2-summary-buttons button[mode=secondary]"],
     "accept": [".qc-cmp2-summary-buttons button[mode=primary]"], "globals": []},
    {"name": "tarteaucitron", "root": "#tarteaucitronRoot",
     "reject": ["#tarteaucitronAllDenied2"],
     "accept": ["#tarteaucitronPersonalize2", "#tarteaucitronAllAllowed2"],
     "globals": ["tarteaucitron"]},
    {"name": "tcf", "root": "", "reject": [], "accept": [], "globals": ["__tcfapi", "__cmp"]},
]
# Button labels, folded (lowercase, no accents), French and English. Refusal is tried first.
REJECT_WORDS = r"refus|sans accepter|non merci|reject|decline|deny|necessary only|only necessary" \
               r"|necessaires uniquement|uniquement (les )?(cookies )?necessaires"
ACCEPT_WORDS = r"accept|agree|autoris|allow|d'accord|^ok$|j'ai compris|^compris$|got it"
COOKIE_WORDS = r"cookie|traceur|consentement|rgpd|gdpr"
CONSENT_PAUSE_S = 0.4  # banners fade out and pages reveal their content after the click
NO_CONSENT = {"present": False, "vendor": "", "visible": False, "action_taken": "none"}

SCRIPT = """({vendors, reject, accept, cookie, act, none}) => {
  const fold = t => (t || '').normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase().replace(/\\s+/g, ' ').trim();
  const [rejectRe, acceptRe, cookieRe] = [reject, accept, cookie].map(w => new RegExp(w));
  const visible = el => {
    const s = getComputedStyle(el), r = el.getBoundingClientRect();
    return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0
      && r.width > 0 && r.height > 0;
  };
  const shown = root => visible(root)
    || [...root.querySelectorAll('*')].slice(0, 300).some(visible);
  const label = el => fold(el.innerText || el.value || el.getAttribute('aria-label') || el.title);
  const button = (root, selectors, words) => {
    for (const sel of selectors)
      for (const el of document.querySelectorAll(sel)) if (visible(el)) return el;
    const clickable = root.querySelectorAll(
      'button, [role=button], a, input[type=button], input[type=submit], [onclick]');
    for (const el of clickable) {
      const text = label(el);
      if (text && text.length <= 60 && words.test(text) && visible(el)) return el;
    }
    return null;
  };
  const overlay = () => {  // a fixed or sticky box, or an open dialog, that talks about cookies
    const [w, h] = [innerWidth, innerHeight], found = new Set();
    const points = [[w / 2, h / 2], [w / 2, h - 5], [w / 2, h - 60], [w / 2, 5], [w / 2, 60],
                    [20, h - 20], [w - 20, h - 20]];
    for (const [x, y] of points) for (const el of document.elementsFromPoint(x, y)) {
      let top = null;
      for (let n = el; n && n !== document.body; n = n.parentElement)
        if (['fixed', 'sticky'].includes(getComputedStyle(n).position)) top = n;
      if (top) found.add(top);
    }
    document.querySelectorAll('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]')
      .forEach(el => found.add(el));
    for (const box of found)
      if (cookieRe.test(fold((box.innerText || '').slice(0, 3000)))
          && (button(box, [], rejectRe) || button(box, [], acceptRe))) return box;
    return null;
  };
  let vendor = '', root = null, reject_sel = [], accept_sel = [];
  for (const v of vendors) {
    const el = v.root ? document.querySelector(v.root) : null;
    if (el || v.globals.some(g => typeof window[g] !== 'undefined')) {
      [vendor, root, reject_sel, accept_sel] = [v.name, el, v.reject, v.accept];
      break;
    }
  }
  const box = root && shown(root) ? root : overlay();
  if (!vendor && !box) return none;
  const result = {present: true, vendor: vendor || 'generic', visible: !!box,
                  action_taken: 'none', button: ''};
  if (!box) return result;
  box.setAttribute('data-benchmark-consent', result.vendor);  // lets gather skip the banner
  const refuse = button(box, reject_sel, rejectRe);
  const target = refuse || button(box, accept_sel, acceptRe);
  if (target && act) {
    result.action_taken = refuse ? 'rejected' : 'accepted';
    result.button = label(target).slice(0, 60);
    target.click();
  }
  return result;
}"""


async def detect(page: Page, *, act: bool) -> dict[str, Any]:
    """Consent facts of the current page; with `act`, click refuse (else accept) once."""
    return await page.evaluate(SCRIPT, {"vendors": VENDORS, "reject": REJECT_WORDS,
                                        "accept": ACCEPT_WORDS, "cookie": COOKIE_WORDS,
                                        "act": act, "none": NO_CONSENT})


async def get_past_consent(page: Page) -> dict[str, Any]:
    """Dismiss a visible consent wall so the DOM behind it can be captured.

    Only to see the content: the choice made is recorded, never counted as a service.
    """
    facts = await detect(page, act=True)
    if facts["action_taken"] != "none":
        await asyncio.sleep(CONSENT_PAUSE_S)
        await page.wait_for_load_state("domcontentloaded")  # some walls reload the page
        facts["closed"] = not (await detect(page, act=False))["visible"]
    return facts
