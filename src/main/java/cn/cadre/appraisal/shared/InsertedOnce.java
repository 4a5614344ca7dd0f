package cn.cadre.appraisal.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is assigned (a user id, a type and year, a day) and which is inserted, never
 * merged, when new: Spring Data's {@code save} would otherwise look the id up and, finding the row
 * another node wrote a moment ago, overwrite it. The second insert fails on the key instead, and its
 * caller knows another got there first. Loaded or stored, the entity is no longer new.
 */
@MappedSuperclass
public abstract class InsertedOnce<ID> implements Persistable<ID> {

  @Transient
  private boolean fresh = true;

  @PostLoad
  @PostPersist
  protected void stored() {
    this.fresh = false;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }
}
