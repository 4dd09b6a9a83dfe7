/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Init Mem Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_tdx_init_mem_region plus the command flags: TDH.MEM.PAGE.ADD of nrPages pages from gpa, and TDH.MR.EXTEND of each page when MEASURE is set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSourceAddr <em>Source Addr</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getNrPages <em>Nr Pages</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#isMeasure <em>Measure</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getMeasureOrder <em>Measure Order</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getVcpuIndex <em>Vcpu Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionIndex <em>Section Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionType <em>Section Type</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionAttributes <em>Section Attributes</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion()
 * @model
 * @generated
 */
public interface TdxInitMemRegion extends EObject {
	/**
	 * Returns the value of the '<em><b>Source Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * source_addr (@0): page-aligned host address of the initial contents; 0 in plans (the step's page range supplies them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Addr</em>' attribute.
	 * @see #setSourceAddr(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_SourceAddr()
	 * @model
	 * @generated
	 */
	long getSourceAddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSourceAddr <em>Source Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Addr</em>' attribute.
	 * @see #getSourceAddr()
	 * @generated
	 */
	void setSourceAddr(long value);

	/**
	 * Returns the value of the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * gpa (@8): page-aligned private guest physical address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpa</em>' attribute.
	 * @see #setGpa(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_Gpa()
	 * @model
	 * @generated
	 */
	long getGpa();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getGpa <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpa</em>' attribute.
	 * @see #getGpa()
	 * @generated
	 */
	void setGpa(long value);

	/**
	 * Returns the value of the '<em><b>Nr Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * nr_pages (@16): number of 4 KiB pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nr Pages</em>' attribute.
	 * @see #setNrPages(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_NrPages()
	 * @model
	 * @generated
	 */
	long getNrPages();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getNrPages <em>Nr Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nr Pages</em>' attribute.
	 * @see #getNrPages()
	 * @generated
	 */
	void setNrPages(long value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_tdx_cmd.flags: KVM_TDX_MEASURE_MEMORY_REGION = 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether flags has KVM_TDX_MEASURE_MEMORY_REGION (derived).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_Measure()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isMeasure();

	/**
	 * Returns the value of the '<em><b>Measure Order</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.MeasureOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Order of PAGE.ADD and MR.EXTEND inside the region (KVM generation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure Order</em>' attribute.
	 * @see org.cocolaunch.tdx.model.MeasureOrder
	 * @see #setMeasureOrder(MeasureOrder)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_MeasureOrder()
	 * @model
	 * @generated
	 */
	MeasureOrder getMeasureOrder();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getMeasureOrder <em>Measure Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure Order</em>' attribute.
	 * @see org.cocolaunch.tdx.model.MeasureOrder
	 * @see #getMeasureOrder()
	 * @generated
	 */
	void setMeasureOrder(MeasureOrder value);

	/**
	 * Returns the value of the '<em><b>Vcpu Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the vCPU the ioctl is issued on (QEMU uses the first).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Index</em>' attribute.
	 * @see #setVcpuIndex(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_VcpuIndex()
	 * @model
	 * @generated
	 */
	int getVcpuIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getVcpuIndex <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Index</em>' attribute.
	 * @see #getVcpuIndex()
	 * @generated
	 */
	void setVcpuIndex(int value);

	/**
	 * Returns the value of the '<em><b>Section Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the TDVF metadata section the region comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section Index</em>' attribute.
	 * @see #setSectionIndex(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_SectionIndex()
	 * @model
	 * @generated
	 */
	int getSectionIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionIndex <em>Section Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Index</em>' attribute.
	 * @see #getSectionIndex()
	 * @generated
	 */
	void setSectionIndex(int value);

	/**
	 * Returns the value of the '<em><b>Section Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.TdvfSectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Type of that TDVF section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section Type</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdvfSectionKind
	 * @see #setSectionType(TdvfSectionKind)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_SectionType()
	 * @model
	 * @generated
	 */
	TdvfSectionKind getSectionType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionType <em>Section Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Type</em>' attribute.
	 * @see org.cocolaunch.tdx.model.TdvfSectionKind
	 * @see #getSectionType()
	 * @generated
	 */
	void setSectionType(TdvfSectionKind value);

	/**
	 * Returns the value of the '<em><b>Section Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attributes of that TDVF section: bit 0 MR.EXTEND, bit 1 PAGE.AUG.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section Attributes</em>' attribute.
	 * @see #setSectionAttributes(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitMemRegion_SectionAttributes()
	 * @model
	 * @generated
	 */
	int getSectionAttributes();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionAttributes <em>Section Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Attributes</em>' attribute.
	 * @see #getSectionAttributes()
	 * @generated
	 */
	void setSectionAttributes(int value);

} // TdxInitMemRegion
