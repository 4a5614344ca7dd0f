package cn.cadre.appraisal.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * Bounds on a JSON request body, checked while it is read (so an oversized or absurdly nested body is
 * refused without being held in memory): the largest real one, a province's roster, is a few MB.
 * Uploaded files have their own limits ({@code spring.servlet.multipart}).
 */
@Component
class JsonLimits implements Jackson2ObjectMapperBuilderCustomizer {

  static final int MAX_MEGABYTES = 10;
  static final int MAX_NESTING = 64;

  @Override
  public void customize(Jackson2ObjectMapperBuilder builder) {
    builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxDocumentLength(MAX_MEGABYTES * 1024L * 1024L)
        .maxNestingDepth(MAX_NESTING)
        .maxStringLength(MAX_MEGABYTES * 1024 * 1024)
        .build()));
  }
}
