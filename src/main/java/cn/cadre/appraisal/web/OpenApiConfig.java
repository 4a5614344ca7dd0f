package cn.cadre.appraisal.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of this application's own API (/api); Camunda's REST API documents itself. */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI appraisalApi() {
    return new OpenAPI()
        .info(new Info().title("干部考核 API").version("1")
            .description("Rounds, roster, results and notices of the cadre appraisal. HTTP Basic with a Camunda user; "
                + "tasks are completed through Camunda's REST API (/engine-rest/task/{id}/submit-form)."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  @Bean
  GroupedOpenApi api() {
    return GroupedOpenApi.builder().group("appraisal").pathsToMatch("/api/**").build();
  }
}
