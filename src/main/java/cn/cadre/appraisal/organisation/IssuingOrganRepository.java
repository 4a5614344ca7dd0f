package cn.cadre.appraisal.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuingOrganRepository extends JpaRepository<IssuingOrgan, Integer> {}
