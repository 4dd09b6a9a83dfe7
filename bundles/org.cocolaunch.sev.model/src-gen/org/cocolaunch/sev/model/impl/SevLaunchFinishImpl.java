/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevLaunchFinish;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Finish</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SevLaunchFinishImpl extends MinimalEObjectImpl.Container implements SevLaunchFinish {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevLaunchFinishImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_LAUNCH_FINISH;
	}

} //SevLaunchFinishImpl
