package org.qualityguard.documents.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.qualityguard.documents.DocumentFile;
import org.qualityguard.documents.DocumentKind;
import org.qualityguard.documents.DocumentNumber;
import org.qualityguard.documents.Section;
import org.qualityguard.documents.VerifiedDocument;
import org.qualityguard.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The documents schema: the number counters and the issued documents, which are only ever inserted and read. */
@Repository
public class DocumentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next sequence of the organisation, kind and year. The counter row stays locked until the calling transaction
     * ends, so concurrent issues take numbers one after another, and a rolled-back issue gives its number back.
     */
    public int nextSequence(long organisationId, DocumentKind kind, int year) {
        return jdbc.sql("""
                INSERT INTO documents.number_counter (organisation_id, kind, year, last_sequence)
                VALUES (:organisation, :kind, :year, 1)
                ON CONFLICT (organisation_id, kind, year)
                DO UPDATE SET last_sequence = documents.number_counter.last_sequence + 1
                RETURNING last_sequence""")
                .param("organisation", organisationId).param("kind", kind.name()).param("year", year)
                .query(Integer.class).single();
    }

    /** A document to keep, as issued. */
    public record NewDocument(long organisationId, String organisationName, DivisionCode division,
                              DocumentNumber number, String title, String party, List<Section> sections,
                              LocalDate issuedOn, Instant issuedAt, String issuedBy, String verificationCode,
                              byte[] pdf, String sha256) {
    }

    public long insert(NewDocument d) {
        return jdbc.sql("""
                INSERT INTO documents.document (kind, organisation_id, organisation_name, abbreviation, division_code,
                    year, sequence, number, title, party, sections, issued_on, issued_at, issued_by,
                    verification_code, pdf, sha256)
                VALUES (:kind, :organisation, :organisationName, :abbreviation, :division, :year, :sequence, :number,
                    :title, :party, CAST(:sections AS jsonb), :issuedOn, :issuedAt, :issuedBy, :code, :pdf, :sha256)
                RETURNING id""")
                .param("kind", d.number().kind().name()).param("organisation", d.organisationId())
                .param("organisationName", d.organisationName()).param("abbreviation", d.number().abbreviation())
                .param("division", d.division().value()).param("year", d.number().year())
                .param("sequence", d.number().sequence()).param("number", d.number().text())
                .param("title", d.title()).param("party", d.party())
                .param("sections", JSON.writeValueAsString(d.sections()))
                .param("issuedOn", Date.valueOf(d.issuedOn())).param("issuedAt", Timestamp.from(d.issuedAt()))
                .param("issuedBy", d.issuedBy()).param("code", d.verificationCode()).param("pdf", d.pdf())
                .param("sha256", d.sha256())
                .query(Long.class).single();
    }

    /** Whether another organisation already holds the number (an abbreviation two organisations use). */
    public boolean numberTaken(String number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM documents.document WHERE number = :number)")
                .param("number", number).query(Boolean.class).single();
    }

    public Optional<VerifiedDocument> verified(String verificationCode) {
        return jdbc.sql("""
                SELECT number, kind, organisation_name, issued_on, sha256 FROM documents.document
                WHERE verification_code = :code""")
                .param("code", verificationCode)
                .query((rs, n) -> new VerifiedDocument(rs.getString("number"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("organisation_name"), rs.getDate("issued_on").toLocalDate(),
                        rs.getString("sha256")))
                .optional();
    }

    /** A document's PDF with the division it was issued in, for the scope check before it is handed out. */
    public record StoredFile(DocumentFile file, DivisionCode division) {
    }

    public Optional<StoredFile> file(long id) {
        return jdbc.sql("SELECT id, number, pdf, sha256, division_code FROM documents.document WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredFile(new DocumentFile(rs.getLong("id"), rs.getString("number"),
                        rs.getBytes("pdf"), rs.getString("sha256")), new DivisionCode(rs.getString("division_code"))))
                .optional();
    }
}
