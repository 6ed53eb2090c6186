package org.qualityguard.sampling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.SamplingCatalogue;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints as staff read them, within their division: the list with its exact total, a complaint with its
 * photos (another division's is answered "not found", and the attempt audited), and the export.
 */
@Service
public class Complaints {

    private final ComplaintStore complaints;
    private final AccessPolicy access;
    private final SamplingCatalogue catalogue = SamplingCatalogue.shipped();

    Complaints(ComplaintStore complaints, AccessPolicy access) {
        this.complaints = complaints;
        this.access = access;
    }

    public SamplingCatalogue catalogue() {
        return catalogue;
    }

    @Transactional(readOnly = true)
    public Page<ComplaintView> list(StaffUser reader, ComplaintFilter filter, PageRequest request) {
        access.require(reader, Permission.READ_COMPLAINTS);
        if (filter.division() != null && !access.auditedWithin(reader, new DivisionCode(filter.division()),
                "complaint.list")) {
            return new Page<>(List.of(), 0, request.size(), 0);
        }
        long total = complaints.count(reader.scope(), filter);
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / request.size());
        int page = Math.min(request.page(), lastPage);
        List<ComplaintView> items = complaints.page(reader.scope(), filter, (long) page * request.size(),
                request.size());
        return new Page<>(items, page, request.size(), total, true, null, null, null, request.page());
    }

    @Transactional(readOnly = true)
    public ComplaintView view(StaffUser reader, long id) {
        access.require(reader, Permission.READ_COMPLAINTS);
        return complaints.find(id, reader.scope()).orElseThrow(() -> notFound(reader, id));
    }

    public List<Long> photoIds(StaffUser reader, long id) {
        return complaints.photoIds(view(reader, id).id());
    }

    @Transactional(readOnly = true)
    public ComplaintStore.Photo photo(StaffUser reader, long id, long photoId) {
        view(reader, id);
        return complaints.photo(id, photoId).orElseThrow(() -> new NotFoundException("photo", Long.toString(photoId)));
    }

    /** Every complaint of the filtered list, for the export (run inside the export's read transaction). */
    public void forEach(StaffUser reader, ComplaintFilter filter, Consumer<ComplaintView> sink) {
        access.require(reader, Permission.READ_COMPLAINTS);
        if (filter.division() == null || reader.scope().includes(new DivisionCode(filter.division()))) {
            complaints.forEach(reader.scope(), filter, sink);
        }
    }

    private NotFoundException notFound(StaffUser reader, long id) {
        complaints.divisionOf(id).ifPresent(division -> {
            Map<String, Object> asked = new LinkedHashMap<>();
            asked.put("complaint", id);
            access.recordRefusal(reader, "complaint", Long.toString(id), new DivisionCode(division), asked);
        });
        return new NotFoundException("complaint", Long.toString(id));
    }
}
