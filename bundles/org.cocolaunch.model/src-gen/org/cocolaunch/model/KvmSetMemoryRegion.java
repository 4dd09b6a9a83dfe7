/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kvm Set Memory Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of one memory slot of a plain KVM VM (KVM_SET_USER_MEMORY_REGION, or KVM_SET_USER_MEMORY_REGION2 with a guest_memfd where asked and offered). Host memory is a fresh memfd; the step's page ranges (e.g. the firmware) are copied into it before the slot is set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.KvmSetMemoryRegion#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmSetMemoryRegion#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmSetMemoryRegion#getSize <em>Size</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmSetMemoryRegion#isBelowFourGiB <em>Below Four Gi B</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmSetMemoryRegion#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmSetMemoryRegion#isGuestMemfd <em>Guest Memfd</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion()
 * @model
 * @generated
 */
public interface KvmSetMemoryRegion extends EObject {
	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slot number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmSetMemoryRegion#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest physical address of the slot; ignored when belowFourGiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpa</em>' attribute.
	 * @see #setGpa(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion_Gpa()
	 * @model
	 * @generated
	 */
	long getGpa();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmSetMemoryRegion#getGpa <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpa</em>' attribute.
	 * @see #getGpa()
	 * @generated
	 */
	void setGpa(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in bytes (a multiple of 4 KiB); 0: the size of the step's content.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmSetMemoryRegion#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Below Four Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Map the slot so that it ends at 4 GiB, where QEMU maps -bios and pflash (the reset vector at 0xfffffff0 is the image's last 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Below Four Gi B</em>' attribute.
	 * @see #setBelowFourGiB(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion_BelowFourGiB()
	 * @model
	 * @generated
	 */
	boolean isBelowFourGiB();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmSetMemoryRegion#isBelowFourGiB <em>Below Four Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Below Four Gi B</em>' attribute.
	 * @see #isBelowFourGiB()
	 * @generated
	 */
	void setBelowFourGiB(boolean value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM_MEM_READONLY: guest writes exit to userspace as MMIO (QEMU's ROM/pflash).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmSetMemoryRegion#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Guest Memfd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Back the slot with a guest_memfd through KVM_SET_USER_MEMORY_REGION2 (KVM_CAP_GUEST_MEMFD).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Memfd</em>' attribute.
	 * @see #setGuestMemfd(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmSetMemoryRegion_GuestMemfd()
	 * @model
	 * @generated
	 */
	boolean isGuestMemfd();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmSetMemoryRegion#isGuestMemfd <em>Guest Memfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Memfd</em>' attribute.
	 * @see #isGuestMemfd()
	 * @generated
	 */
	void setGuestMemfd(boolean value);

} // KvmSetMemoryRegion
