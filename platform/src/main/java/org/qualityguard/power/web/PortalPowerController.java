package org.qualityguard.power.web;

import org.qualityguard.power.PowerType;
import org.qualityguard.power.PublicPowerList;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The power list on the portal ("凡是没有在网上公开透明运行的行政权力一律不得行使"): published items only, searched by type
 * and name, each with its legal basis and time limits. Built from {@link org.qualityguard.power.PublicPowerItem},
 * which has no place for drafts or who moved them; pages only, as the portal's other sections.
 */
@Controller
class PortalPowerController {

    private final PublicPowerList list;

    PortalPowerController(PublicPowerList list) {
        this.list = list;
    }

    @GetMapping(path = "/portal/power", produces = MediaType.TEXT_HTML_VALUE)
    String list(@RequestParam(required = false) PowerType type, @RequestParam(required = false) String name,
                Model model) {
        model.addAttribute("items", list.search(type, name));
        model.addAttribute("types", PowerType.values());
        model.addAttribute("type", type);
        model.addAttribute("name", name);
        return "portal/power-list";
    }

    @GetMapping(path = "/portal/power/{code}", produces = MediaType.TEXT_HTML_VALUE)
    String item(@PathVariable String code, Model model) {
        model.addAttribute("item", list.item(code));
        return "portal/power-item";
    }
}
