/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpCpuidFunction;
import org.cocolaunch.sev.model.SnpCpuidMismatch;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snp Cpuid Mismatch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl#getProvided <em>Provided</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl#getExpected <em>Expected</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnpCpuidMismatchImpl extends MinimalEObjectImpl.Container implements SnpCpuidMismatch {
	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final long FUNCTION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected long function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final long INDEX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected long index = INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvided() <em>Provided</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvided()
	 * @generated
	 * @ordered
	 */
	protected SnpCpuidFunction provided;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected SnpCpuidFunction expected;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnpCpuidMismatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SNP_CPUID_MISMATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(long newFunction) {
		long oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_MISMATCH__FUNCTION, oldFunction,
					function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(long newIndex) {
		long oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_MISMATCH__INDEX, oldIndex,
					index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpCpuidFunction getProvided() {
		return provided;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvided(SnpCpuidFunction newProvided, NotificationChain msgs) {
		SnpCpuidFunction oldProvided = provided;
		provided = newProvided;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_CPUID_MISMATCH__PROVIDED, oldProvided, newProvided);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvided(SnpCpuidFunction newProvided) {
		if (newProvided != provided) {
			NotificationChain msgs = null;
			if (provided != null)
				msgs = ((InternalEObject) provided).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_CPUID_MISMATCH__PROVIDED, null, msgs);
			if (newProvided != null)
				msgs = ((InternalEObject) newProvided).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_CPUID_MISMATCH__PROVIDED, null, msgs);
			msgs = basicSetProvided(newProvided, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_MISMATCH__PROVIDED, newProvided,
					newProvided));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpCpuidFunction getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExpected(SnpCpuidFunction newExpected, NotificationChain msgs) {
		SnpCpuidFunction oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_CPUID_MISMATCH__EXPECTED, oldExpected, newExpected);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(SnpCpuidFunction newExpected) {
		if (newExpected != expected) {
			NotificationChain msgs = null;
			if (expected != null)
				msgs = ((InternalEObject) expected).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_CPUID_MISMATCH__EXPECTED, null, msgs);
			if (newExpected != null)
				msgs = ((InternalEObject) newExpected).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_CPUID_MISMATCH__EXPECTED, null, msgs);
			msgs = basicSetExpected(newExpected, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_MISMATCH__EXPECTED, newExpected,
					newExpected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case SevPackage.SNP_CPUID_MISMATCH__PROVIDED:
			return basicSetProvided(null, msgs);
		case SevPackage.SNP_CPUID_MISMATCH__EXPECTED:
			return basicSetExpected(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SNP_CPUID_MISMATCH__FUNCTION:
			return getFunction();
		case SevPackage.SNP_CPUID_MISMATCH__INDEX:
			return getIndex();
		case SevPackage.SNP_CPUID_MISMATCH__PROVIDED:
			return getProvided();
		case SevPackage.SNP_CPUID_MISMATCH__EXPECTED:
			return getExpected();
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
		case SevPackage.SNP_CPUID_MISMATCH__FUNCTION:
			setFunction((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_MISMATCH__INDEX:
			setIndex((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_MISMATCH__PROVIDED:
			setProvided((SnpCpuidFunction) newValue);
			return;
		case SevPackage.SNP_CPUID_MISMATCH__EXPECTED:
			setExpected((SnpCpuidFunction) newValue);
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
		case SevPackage.SNP_CPUID_MISMATCH__FUNCTION:
			setFunction(FUNCTION_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_MISMATCH__INDEX:
			setIndex(INDEX_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_MISMATCH__PROVIDED:
			setProvided((SnpCpuidFunction) null);
			return;
		case SevPackage.SNP_CPUID_MISMATCH__EXPECTED:
			setExpected((SnpCpuidFunction) null);
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
		case SevPackage.SNP_CPUID_MISMATCH__FUNCTION:
			return function != FUNCTION_EDEFAULT;
		case SevPackage.SNP_CPUID_MISMATCH__INDEX:
			return index != INDEX_EDEFAULT;
		case SevPackage.SNP_CPUID_MISMATCH__PROVIDED:
			return provided != null;
		case SevPackage.SNP_CPUID_MISMATCH__EXPECTED:
			return expected != null;
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
		result.append(" (function: "); //$NON-NLS-1$
		result.append(function);
		result.append(", index: "); //$NON-NLS-1$
		result.append(index);
		result.append(')');
		return result.toString();
	}

} //SnpCpuidMismatchImpl
