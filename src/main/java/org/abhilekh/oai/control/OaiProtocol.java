package org.abhilekh.oai.control;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.abhilekh.platform.entity.Organisation;

/**
 * The protocol's settings and XOAI's data provider over {@link HarvestItems}: second granularity, persistent deleted
 * records, {@code oai_dc} only, pages of {@code pageSize}. Arguments are bounded before XOAI reads them.
 */
public final class OaiProtocol {

    /** OAI-PMH has at most four arguments besides the verb; a few more are a badArgument, not a reason to read on. */
    public static final int MAX_ARGUMENTS = 8;
    /** Identifiers, dates, set specs and resumption tokens are short. */
    public static final int MAX_ARGUMENT_CHARS = 500;

    private final RepositoryConfiguration configuration;
    private final DataProvider provider;

    /**
     * @param baseUrl  the address of {@code /oai}
     * @param earliest the earliest datestamp a record has (it is cut to the second)
     */
    public OaiProtocol(HarvestItems items, String baseUrl, String adminEmail, Instant earliest, int pageSize) {
        this.configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(Organisation.NAME + " archive")
                .withBaseUrl(baseUrl)
                .withAdminEmail(adminEmail)
                .withEarliestDate(earliest.truncatedTo(ChronoUnit.SECONDS))
                .withGranularity(Granularity.Lenient)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withMaxListIdentifiers(pageSize)
                .withMaxListRecords(pageSize)
                .withMaxListSets(pageSize)
                .withRequireFromAfterEarliest(false)
                .build();
        Context context = new Context().withMetadataFormat(new MetadataFormat().withPrefix(DublinCore.PREFIX)
                .withNamespace(DublinCore.NAMESPACE).withSchemaLocation(DublinCore.SCHEMA).withTransformer(MetadataFormat.identity()));
        this.provider = new DataProvider(context, new Repository(configuration).withItemRepository(items).withSetRepository(items));
    }

    /** The XML answer to a request with these parameters (as a servlet reads them). */
    public byte[] answer(Map<String, String[]> parameters) {
        OAIPMH answer = tooLong(parameters)
                ? new OAIPMH().withResponseDate(Instant.now()).withRequest(new Request(configuration.getBaseUrl()))
                        .withError(new Error("At most " + MAX_ARGUMENTS + " arguments of at most " + MAX_ARGUMENT_CHARS
                                + " characters each.").withCode(Error.Code.BAD_ARGUMENT))
                : provider.handle(parameters);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (XmlWriter writer = new XmlWriter(body, configuration)) {
            writer.write(answer);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the OAI-PMH answer", e);
        }
        return body.toByteArray();
    }

    static boolean tooLong(Map<String, String[]> parameters) {
        return parameters.size() > MAX_ARGUMENTS || parameters.entrySet().stream().anyMatch(parameter -> parameter.getKey().length() > MAX_ARGUMENT_CHARS
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value.length() > MAX_ARGUMENT_CHARS));
    }
}
