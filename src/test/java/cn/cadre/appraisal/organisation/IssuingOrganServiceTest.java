package cn.cadre.appraisal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.cadre.appraisal.settings.AppraisalSettings;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which organ a notice is issued by: the organisation's own, else the settings', else none at all. */
class IssuingOrganServiceTest {

  private final IssuingOrganRepository repository = mock(IssuingOrganRepository.class);
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void withoutAnOrganOfItsOwnOrInTheSettings_noNoticeIsIssuedAndTheRefusalSaysWhatToSet() {
    when(repository.findById(IssuingOrgan.ID)).thenReturn(Optional.empty());
    IssuingOrganService organs = service("", "");
    assertThat(organs.current()).isEmpty();
    assertThatThrownBy(organs::require).isInstanceOf(ConflictException.class)
        .hasMessageContaining("尚未设置发文机关和文号前缀，不能生成通知").hasMessageContaining("花名册")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[A-Za-z]"));
    assertThat(service("中共某县委组织部", "").current()).as("a name without a prefix is not enough").isEmpty();
  }

  @Test
  void theSettingsStandInUntilTheOrganisationSetsItsOwn() {
    when(repository.findById(IssuingOrgan.ID)).thenReturn(Optional.empty());
    assertThat(service("中共示范县委组织部", "示组").require())
        .extracting(IssuingOrganService.Organ::name, IssuingOrganService.Organ::documentPrefix, IssuingOrganService.Organ::fromSettings)
        .containsExactly("中共示范县委组织部", "示组", true);

    when(repository.findById(IssuingOrgan.ID)).thenReturn(Optional.of(
        new IssuingOrgan("中共青石县委组织部", "青组", "od", LocalDateTime.now(clock))));
    assertThat(service("中共示范县委组织部", "示组").require())
        .extracting(IssuingOrganService.Organ::name, IssuingOrganService.Organ::documentPrefix, IssuingOrganService.Organ::fromSettings)
        .containsExactly("中共青石县委组织部", "青组", false);
  }

  @Test
  void badNamesAreRefusedEachNamed_andNothingIsSaved() {
    IssuingOrganService organs = service("", "");
    assertThatThrownBy(() -> organs.set(new IssuingOrganService.Names(" ", "青组2026"), "od"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("发文机关不能为空；文号前缀应为不超过10个字的机关简称，不含数字和符号（如“示组”）: 青组2026");
    assertThat(IssuingOrganService.problems(new IssuingOrganService.Names("中".repeat(101), null)))
        .isEqualTo(List.of("发文机关不能超过100个字", "文号前缀不能为空（如“示组”）"));
    verify(repository, never()).saveAndFlush(any());
  }

  @Test
  void theFirstSettingCreatesTheRow_laterOnesChangeIt() {
    when(repository.findById(IssuingOrgan.ID)).thenReturn(Optional.empty());
    when(repository.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    IssuingOrganService.Organ set = service("", "").set(new IssuingOrganService.Names(" 中共青石县委组织部 ", "青组"), "od");
    assertThat(set).extracting(IssuingOrganService.Organ::name, IssuingOrganService.Organ::updatedBy)
        .containsExactly("中共青石县委组织部", "od");
    verify(repository).saveAndFlush(any());

    IssuingOrgan row = new IssuingOrgan("中共青石县委组织部", "青组", "od", LocalDateTime.now(clock));
    when(repository.findById(IssuingOrgan.ID)).thenReturn(Optional.of(row));
    service("", "").set(new IssuingOrganService.Names("中共青石市委组织部", "青市组"), "od2");
    assertThat(row.getName()).isEqualTo("中共青石市委组织部");
    assertThat(row.getDocumentPrefix()).isEqualTo("青市组");
    assertThat(row.getUpdatedBy()).isEqualTo("od2");
  }

  private IssuingOrganService service(String organ, String prefix) {
    AppraisalSettings settings = mock(AppraisalSettings.class);
    when(settings.issuingOrgan()).thenReturn(organ);
    when(settings.documentPrefix()).thenReturn(prefix);
    return new IssuingOrganService(repository, settings, clock);
  }
}
