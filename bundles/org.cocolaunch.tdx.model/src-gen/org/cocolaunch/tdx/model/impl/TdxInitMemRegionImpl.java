/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdvfSectionKind;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Init Mem Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getSourceAddr <em>Source Addr</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getNrPages <em>Nr Pages</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#isMeasure <em>Measure</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getMeasureOrder <em>Measure Order</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getVcpuIndex <em>Vcpu Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getSectionIndex <em>Section Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getSectionType <em>Section Type</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl#getSectionAttributes <em>Section Attributes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdxInitMemRegionImpl extends MinimalEObjectImpl.Container implements TdxInitMemRegion {
	/**
	 * The default value of the '{@link #getSourceAddr() <em>Source Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAddr()
	 * @generated
	 * @ordered
	 */
	protected static final long SOURCE_ADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSourceAddr() <em>Source Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAddr()
	 * @generated
	 * @ordered
	 */
	protected long sourceAddr = SOURCE_ADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGpa() <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpa()
	 * @generated
	 * @ordered
	 */
	protected static final long GPA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGpa() <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpa()
	 * @generated
	 * @ordered
	 */
	protected long gpa = GPA_EDEFAULT;

	/**
	 * The default value of the '{@link #getNrPages() <em>Nr Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNrPages()
	 * @generated
	 * @ordered
	 */
	protected static final long NR_PAGES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNrPages() <em>Nr Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNrPages()
	 * @generated
	 * @ordered
	 */
	protected long nrPages = NR_PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEASURE_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getMeasureOrder() <em>Measure Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureOrder()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureOrder MEASURE_ORDER_EDEFAULT = MeasureOrder.PER_PAGE;

	/**
	 * The cached value of the '{@link #getMeasureOrder() <em>Measure Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureOrder()
	 * @generated
	 * @ordered
	 */
	protected MeasureOrder measureOrder = MEASURE_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVcpuIndex() <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPU_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpuIndex() <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuIndex()
	 * @generated
	 * @ordered
	 */
	protected int vcpuIndex = VCPU_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectionIndex() <em>Section Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int SECTION_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSectionIndex() <em>Section Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionIndex()
	 * @generated
	 * @ordered
	 */
	protected int sectionIndex = SECTION_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectionType() <em>Section Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionType()
	 * @generated
	 * @ordered
	 */
	protected static final TdvfSectionKind SECTION_TYPE_EDEFAULT = TdvfSectionKind.BFV;

	/**
	 * The cached value of the '{@link #getSectionType() <em>Section Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionType()
	 * @generated
	 * @ordered
	 */
	protected TdvfSectionKind sectionType = SECTION_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectionAttributes() <em>Section Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionAttributes()
	 * @generated
	 * @ordered
	 */
	protected static final int SECTION_ATTRIBUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSectionAttributes() <em>Section Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionAttributes()
	 * @generated
	 * @ordered
	 */
	protected int sectionAttributes = SECTION_ATTRIBUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdxInitMemRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TDX_INIT_MEM_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSourceAddr() {
		return sourceAddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceAddr(long newSourceAddr) {
		long oldSourceAddr = sourceAddr;
		sourceAddr = newSourceAddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__SOURCE_ADDR,
					oldSourceAddr, sourceAddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGpa() {
		return gpa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpa(long newGpa) {
		long oldGpa = gpa;
		gpa = newGpa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__GPA, oldGpa, gpa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNrPages() {
		return nrPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNrPages(long newNrPages) {
		long oldNrPages = nrPages;
		nrPages = newNrPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__NR_PAGES, oldNrPages,
					nrPages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__FLAGS, oldFlags,
					flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMeasure() {
		return (getFlags() & 1) != 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureOrder getMeasureOrder() {
		return measureOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasureOrder(MeasureOrder newMeasureOrder) {
		MeasureOrder oldMeasureOrder = measureOrder;
		measureOrder = newMeasureOrder == null ? MEASURE_ORDER_EDEFAULT : newMeasureOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__MEASURE_ORDER,
					oldMeasureOrder, measureOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpuIndex() {
		return vcpuIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuIndex(int newVcpuIndex) {
		int oldVcpuIndex = vcpuIndex;
		vcpuIndex = newVcpuIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__VCPU_INDEX,
					oldVcpuIndex, vcpuIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSectionIndex() {
		return sectionIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionIndex(int newSectionIndex) {
		int oldSectionIndex = sectionIndex;
		sectionIndex = newSectionIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__SECTION_INDEX,
					oldSectionIndex, sectionIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdvfSectionKind getSectionType() {
		return sectionType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionType(TdvfSectionKind newSectionType) {
		TdvfSectionKind oldSectionType = sectionType;
		sectionType = newSectionType == null ? SECTION_TYPE_EDEFAULT : newSectionType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__SECTION_TYPE,
					oldSectionType, sectionType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSectionAttributes() {
		return sectionAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionAttributes(int newSectionAttributes) {
		int oldSectionAttributes = sectionAttributes;
		sectionAttributes = newSectionAttributes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES,
					oldSectionAttributes, sectionAttributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case TdxPackage.TDX_INIT_MEM_REGION__SOURCE_ADDR:
			return getSourceAddr();
		case TdxPackage.TDX_INIT_MEM_REGION__GPA:
			return getGpa();
		case TdxPackage.TDX_INIT_MEM_REGION__NR_PAGES:
			return getNrPages();
		case TdxPackage.TDX_INIT_MEM_REGION__FLAGS:
			return getFlags();
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE:
			return isMeasure();
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE_ORDER:
			return getMeasureOrder();
		case TdxPackage.TDX_INIT_MEM_REGION__VCPU_INDEX:
			return getVcpuIndex();
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_INDEX:
			return getSectionIndex();
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_TYPE:
			return getSectionType();
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES:
			return getSectionAttributes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case TdxPackage.TDX_INIT_MEM_REGION__SOURCE_ADDR:
			setSourceAddr((Long) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__GPA:
			setGpa((Long) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__NR_PAGES:
			setNrPages((Long) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__FLAGS:
			setFlags((Integer) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE_ORDER:
			setMeasureOrder((MeasureOrder) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__VCPU_INDEX:
			setVcpuIndex((Integer) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_INDEX:
			setSectionIndex((Integer) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_TYPE:
			setSectionType((TdvfSectionKind) newValue);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES:
			setSectionAttributes((Integer) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case TdxPackage.TDX_INIT_MEM_REGION__SOURCE_ADDR:
			setSourceAddr(SOURCE_ADDR_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__GPA:
			setGpa(GPA_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__NR_PAGES:
			setNrPages(NR_PAGES_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__FLAGS:
			setFlags(FLAGS_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE_ORDER:
			setMeasureOrder(MEASURE_ORDER_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__VCPU_INDEX:
			setVcpuIndex(VCPU_INDEX_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_INDEX:
			setSectionIndex(SECTION_INDEX_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_TYPE:
			setSectionType(SECTION_TYPE_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES:
			setSectionAttributes(SECTION_ATTRIBUTES_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case TdxPackage.TDX_INIT_MEM_REGION__SOURCE_ADDR:
			return sourceAddr != SOURCE_ADDR_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__GPA:
			return gpa != GPA_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__NR_PAGES:
			return nrPages != NR_PAGES_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__FLAGS:
			return flags != FLAGS_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE:
			return isMeasure() != MEASURE_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__MEASURE_ORDER:
			return measureOrder != MEASURE_ORDER_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__VCPU_INDEX:
			return vcpuIndex != VCPU_INDEX_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_INDEX:
			return sectionIndex != SECTION_INDEX_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_TYPE:
			return sectionType != SECTION_TYPE_EDEFAULT;
		case TdxPackage.TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES:
			return sectionAttributes != SECTION_ATTRIBUTES_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sourceAddr: "); //$NON-NLS-1$
		result.append(sourceAddr);
		result.append(", gpa: "); //$NON-NLS-1$
		result.append(gpa);
		result.append(", nrPages: "); //$NON-NLS-1$
		result.append(nrPages);
		result.append(", flags: "); //$NON-NLS-1$
		result.append(flags);
		result.append(", measureOrder: "); //$NON-NLS-1$
		result.append(measureOrder);
		result.append(", vcpuIndex: "); //$NON-NLS-1$
		result.append(vcpuIndex);
		result.append(", sectionIndex: "); //$NON-NLS-1$
		result.append(sectionIndex);
		result.append(", sectionType: "); //$NON-NLS-1$
		result.append(sectionType);
		result.append(", sectionAttributes: "); //$NON-NLS-1$
		result.append(sectionAttributes);
		result.append(')');
		return result.toString();
	}

} //TdxInitMemRegionImpl
