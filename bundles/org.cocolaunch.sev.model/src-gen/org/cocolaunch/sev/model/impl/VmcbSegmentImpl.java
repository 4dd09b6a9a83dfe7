/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.VmcbSegment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vmcb Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmcbSegmentImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmcbSegmentImpl#getAttrib <em>Attrib</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmcbSegmentImpl#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmcbSegmentImpl#getBase <em>Base</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmcbSegmentImpl extends MinimalEObjectImpl.Container implements VmcbSegment {
	/**
	 * The default value of the '{@link #getSelector() <em>Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected static final int SELECTOR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected int selector = SELECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttrib() <em>Attrib</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttrib()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTRIB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAttrib() <em>Attrib</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttrib()
	 * @generated
	 * @ordered
	 */
	protected int attrib = ATTRIB_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimit() <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected static final long LIMIT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLimit() <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected long limit = LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final long BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected long base = BASE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VmcbSegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.VMCB_SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelector(int newSelector) {
		int oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMCB_SEGMENT__SELECTOR, oldSelector,
					selector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttrib() {
		return attrib;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttrib(int newAttrib) {
		int oldAttrib = attrib;
		attrib = newAttrib;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMCB_SEGMENT__ATTRIB, oldAttrib, attrib));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLimit() {
		return limit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimit(long newLimit) {
		long oldLimit = limit;
		limit = newLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMCB_SEGMENT__LIMIT, oldLimit, limit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(long newBase) {
		long oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMCB_SEGMENT__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.VMCB_SEGMENT__SELECTOR:
			return getSelector();
		case SevPackage.VMCB_SEGMENT__ATTRIB:
			return getAttrib();
		case SevPackage.VMCB_SEGMENT__LIMIT:
			return getLimit();
		case SevPackage.VMCB_SEGMENT__BASE:
			return getBase();
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
		case SevPackage.VMCB_SEGMENT__SELECTOR:
			setSelector((Integer) newValue);
			return;
		case SevPackage.VMCB_SEGMENT__ATTRIB:
			setAttrib((Integer) newValue);
			return;
		case SevPackage.VMCB_SEGMENT__LIMIT:
			setLimit((Long) newValue);
			return;
		case SevPackage.VMCB_SEGMENT__BASE:
			setBase((Long) newValue);
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
		case SevPackage.VMCB_SEGMENT__SELECTOR:
			setSelector(SELECTOR_EDEFAULT);
			return;
		case SevPackage.VMCB_SEGMENT__ATTRIB:
			setAttrib(ATTRIB_EDEFAULT);
			return;
		case SevPackage.VMCB_SEGMENT__LIMIT:
			setLimit(LIMIT_EDEFAULT);
			return;
		case SevPackage.VMCB_SEGMENT__BASE:
			setBase(BASE_EDEFAULT);
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
		case SevPackage.VMCB_SEGMENT__SELECTOR:
			return selector != SELECTOR_EDEFAULT;
		case SevPackage.VMCB_SEGMENT__ATTRIB:
			return attrib != ATTRIB_EDEFAULT;
		case SevPackage.VMCB_SEGMENT__LIMIT:
			return limit != LIMIT_EDEFAULT;
		case SevPackage.VMCB_SEGMENT__BASE:
			return base != BASE_EDEFAULT;
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
		result.append(" (selector: "); //$NON-NLS-1$
		result.append(selector);
		result.append(", attrib: "); //$NON-NLS-1$
		result.append(attrib);
		result.append(", limit: "); //$NON-NLS-1$
		result.append(limit);
		result.append(", base: "); //$NON-NLS-1$
		result.append(base);
		result.append(')');
		return result.toString();
	}

} //VmcbSegmentImpl
