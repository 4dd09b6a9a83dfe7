/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.model.impl.LaunchConfigImpl;

import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdxLaunchConfig;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxLaunchConfigImpl#getPageOrder <em>Page Order</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxLaunchConfigImpl#getMemory <em>Memory</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdxLaunchConfigImpl extends LaunchConfigImpl implements TdxLaunchConfig {
	/**
	 * The default value of the '{@link #getPageOrder() <em>Page Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageOrder()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureOrder PAGE_ORDER_EDEFAULT = MeasureOrder.PER_PAGE;

	/**
	 * The cached value of the '{@link #getPageOrder() <em>Page Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageOrder()
	 * @generated
	 * @ordered
	 */
	protected MeasureOrder pageOrder = PAGE_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_EDEFAULT = 134217728L;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected long memory = MEMORY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdxLaunchConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TDX_LAUNCH_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureOrder getPageOrder() {
		return pageOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageOrder(MeasureOrder newPageOrder) {
		MeasureOrder oldPageOrder = pageOrder;
		pageOrder = newPageOrder == null ? PAGE_ORDER_EDEFAULT : newPageOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_LAUNCH_CONFIG__PAGE_ORDER,
					oldPageOrder, pageOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(long newMemory) {
		long oldMemory = memory;
		memory = newMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_LAUNCH_CONFIG__MEMORY, oldMemory,
					memory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case TdxPackage.TDX_LAUNCH_CONFIG__PAGE_ORDER:
			return getPageOrder();
		case TdxPackage.TDX_LAUNCH_CONFIG__MEMORY:
			return getMemory();
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
		case TdxPackage.TDX_LAUNCH_CONFIG__PAGE_ORDER:
			setPageOrder((MeasureOrder) newValue);
			return;
		case TdxPackage.TDX_LAUNCH_CONFIG__MEMORY:
			setMemory((Long) newValue);
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
		case TdxPackage.TDX_LAUNCH_CONFIG__PAGE_ORDER:
			setPageOrder(PAGE_ORDER_EDEFAULT);
			return;
		case TdxPackage.TDX_LAUNCH_CONFIG__MEMORY:
			setMemory(MEMORY_EDEFAULT);
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
		case TdxPackage.TDX_LAUNCH_CONFIG__PAGE_ORDER:
			return pageOrder != PAGE_ORDER_EDEFAULT;
		case TdxPackage.TDX_LAUNCH_CONFIG__MEMORY:
			return memory != MEMORY_EDEFAULT;
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
		result.append(" (pageOrder: "); //$NON-NLS-1$
		result.append(pageOrder);
		result.append(", memory: "); //$NON-NLS-1$
		result.append(memory);
		result.append(')');
		return result.toString();
	}

} //TdxLaunchConfigImpl
