/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.TdxFinalizeVm;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finalize Vm</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TdxFinalizeVmImpl extends MinimalEObjectImpl.Container implements TdxFinalizeVm {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdxFinalizeVmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TDX_FINALIZE_VM;
	}

} //TdxFinalizeVmImpl
