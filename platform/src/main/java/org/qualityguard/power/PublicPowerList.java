package org.qualityguard.power;

import java.util.ArrayList;
import java.util.List;

import org.qualityguard.power.persistence.ItemStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The power list the public sees on the portal: of each item only its published version, searchable by type and by
 * a fragment of its name or code; a draft, a superseded, suspended or abolished version is not on it.
 */
@Service
public class PublicPowerList {

    private final ItemStore items;
    private final BusinessTime time;

    PublicPowerList(ItemStore items, BusinessTime time) {
        this.items = items;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<PublicPowerItem> search(PowerType type, String name) {
        List<PublicPowerItem> out = new ArrayList<>();
        items.forEach(new ItemStore.Filter(type, name, true, null), v -> out.add(published(v)));
        return out;
    }

    /** The published version of the code; not found if none is published. */
    @Transactional(readOnly = true)
    public PublicPowerItem item(String code) {
        return items.versions(code == null ? "" : code.strip()).stream().filter(v -> v.status().equals("PUBLISHED"))
                .findFirst().map(this::published).orElseThrow(() -> new NotFoundException("code", code));
    }

    private PublicPowerItem published(PowerItemView v) {
        ItemContent c = v.content();
        return new PublicPowerItem(c.code(), v.version(), c.type(), c.name(), c.legalBases(),
                c.levels().stream().sorted().toList(), c.kinds().stream().sorted().toList(), c.statutoryLimit(),
                c.promisedLimit(), c.excluded().stream().sorted().toList(), c.discretion(), c.responsibleUnit(),
                c.accountability(), v.publishedAt() == null ? null : v.publishedAt().atZone(time.zone()).toLocalDate(),
                v.demo());
    }
}
