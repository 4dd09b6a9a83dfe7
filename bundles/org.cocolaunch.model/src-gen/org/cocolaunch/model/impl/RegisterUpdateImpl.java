/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.RegisterUpdate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Register Update</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.RegisterUpdateImpl#getStepIndex <em>Step Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.RegisterUpdateImpl#getPageGpa <em>Page Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.RegisterUpdateImpl#getBefore <em>Before</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.RegisterUpdateImpl#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegisterUpdateImpl extends MinimalEObjectImpl.Container implements RegisterUpdate {
	/**
	 * The default value of the '{@link #getStepIndex() <em>Step Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStepIndex() <em>Step Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepIndex()
	 * @generated
	 * @ordered
	 */
	protected int stepIndex = STEP_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageGpa() <em>Page Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageGpa()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGE_GPA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPageGpa() <em>Page Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageGpa()
	 * @generated
	 * @ordered
	 */
	protected long pageGpa = PAGE_GPA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBefore() <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBefore() <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected byte[] before = BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfter() <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAfter() <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected byte[] after = AFTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegisterUpdateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.REGISTER_UPDATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepIndex() {
		return stepIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepIndex(int newStepIndex) {
		int oldStepIndex = stepIndex;
		stepIndex = newStepIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGISTER_UPDATE__STEP_INDEX,
					oldStepIndex, stepIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPageGpa() {
		return pageGpa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageGpa(long newPageGpa) {
		long oldPageGpa = pageGpa;
		pageGpa = newPageGpa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGISTER_UPDATE__PAGE_GPA, oldPageGpa,
					pageGpa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getBefore() {
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBefore(byte[] newBefore) {
		byte[] oldBefore = before;
		before = newBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGISTER_UPDATE__BEFORE, oldBefore,
					before));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getAfter() {
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfter(byte[] newAfter) {
		byte[] oldAfter = after;
		after = newAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGISTER_UPDATE__AFTER, oldAfter,
					after));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.REGISTER_UPDATE__STEP_INDEX:
			return getStepIndex();
		case ModelPackage.REGISTER_UPDATE__PAGE_GPA:
			return getPageGpa();
		case ModelPackage.REGISTER_UPDATE__BEFORE:
			return getBefore();
		case ModelPackage.REGISTER_UPDATE__AFTER:
			return getAfter();
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
		case ModelPackage.REGISTER_UPDATE__STEP_INDEX:
			setStepIndex((Integer) newValue);
			return;
		case ModelPackage.REGISTER_UPDATE__PAGE_GPA:
			setPageGpa((Long) newValue);
			return;
		case ModelPackage.REGISTER_UPDATE__BEFORE:
			setBefore((byte[]) newValue);
			return;
		case ModelPackage.REGISTER_UPDATE__AFTER:
			setAfter((byte[]) newValue);
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
		case ModelPackage.REGISTER_UPDATE__STEP_INDEX:
			setStepIndex(STEP_INDEX_EDEFAULT);
			return;
		case ModelPackage.REGISTER_UPDATE__PAGE_GPA:
			setPageGpa(PAGE_GPA_EDEFAULT);
			return;
		case ModelPackage.REGISTER_UPDATE__BEFORE:
			setBefore(BEFORE_EDEFAULT);
			return;
		case ModelPackage.REGISTER_UPDATE__AFTER:
			setAfter(AFTER_EDEFAULT);
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
		case ModelPackage.REGISTER_UPDATE__STEP_INDEX:
			return stepIndex != STEP_INDEX_EDEFAULT;
		case ModelPackage.REGISTER_UPDATE__PAGE_GPA:
			return pageGpa != PAGE_GPA_EDEFAULT;
		case ModelPackage.REGISTER_UPDATE__BEFORE:
			return BEFORE_EDEFAULT == null ? before != null : !BEFORE_EDEFAULT.equals(before);
		case ModelPackage.REGISTER_UPDATE__AFTER:
			return AFTER_EDEFAULT == null ? after != null : !AFTER_EDEFAULT.equals(after);
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
		result.append(" (stepIndex: "); //$NON-NLS-1$
		result.append(stepIndex);
		result.append(", pageGpa: "); //$NON-NLS-1$
		result.append(pageGpa);
		result.append(", before: "); //$NON-NLS-1$
		result.append(before);
		result.append(", after: "); //$NON-NLS-1$
		result.append(after);
		result.append(')');
		return result.toString();
	}

} //RegisterUpdateImpl
